# textops: build, test and deploy.
#
#   make                 list the targets (this help)
#   make run             serve home + api on http://localhost:8080 (SQLite in ./var)
#   make test            the whole test suite (what CI runs)
#   make push deploy     build the image, push it to ECR, deploy the CloudFormation stack
#
# AWS settings come from the usual places: AWS_PROFILE (a profile in ~/.aws/credentials) and AWS_REGION.
# STACK names the CloudFormation stack (default textops), so several copies can live in one account, each
# with its own image repository (named after the stack) and registry stack ($(STACK)-registry):
#   make push deploy AWS_PROFILE=work AWS_REGION=eu-central-1 STACK=textops-staging
# PROFILE=production switches the stack to its production profile (needs CERTIFICATE_ARN).
# ARCH=x86_64|arm64 sets both the image platform and the tasks' CPU architecture (give it to push and deploy).
# Optional stack parameters are passed only when set, so an update keeps the values of the last deploy:
#   PROFILE CERTIFICATE_ARN ALARM_EMAIL TASK_SUBNETS NAT_GATEWAYS LAUNCH_TYPE EC2_CAPACITY TASK_SIZE
#   DB_INSTANCE_CLASS DB_MULTI_AZ HOME_MAX API_MAX GOOGLE_TRANSLATE_KEY_ARN LIBRETRANSLATE_URL

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-builtin-rules

STACK ?= textops
# ECR names are unique per account and region: one repository per stack, named after it.
REPOSITORY ?= $(STACK)
AWS_PROFILE ?=
AWS_REGION ?=
# The region: AWS_REGION, else AWS_DEFAULT_REGION, else the profile's configured region (asked once, when needed).
REGION = $(eval REGION := $(or $(AWS_REGION),$(AWS_DEFAULT_REGION),$(shell aws configure get region $(if $(AWS_PROFILE),--profile $(AWS_PROFILE)) 2>/dev/null)))$(REGION)
# The image tag is the commit. A tree with uncommitted changes never gets the bare commit tag (it would
# name an image that is not that commit): it gets <commit>-dirty-<hash of the changes> instead.
COMMIT = $(shell git rev-parse --short=12 HEAD)
TREE_CHANGES = $(shell git status --porcelain)
CHANGES_HASH = $(shell { git diff HEAD; git ls-files --others --exclude-standard -z | xargs -0 -r cat; } | sha256sum | cut -c1-12)
IMAGE_TAG ?= $(eval IMAGE_TAG := $(if $(TREE_CHANGES),$(COMMIT)-dirty-$(CHANGES_HASH),$(COMMIT)))$(IMAGE_TAG)
# One setting for the CPU architecture, so the image platform and the task definition cannot disagree
# (override: PLATFORM or CPU_ARCHITECTURE given on the command line is ignored; set ARCH).
ARCH ?= x86_64
override PLATFORM = $(or $(PLATFORM_$(ARCH)),$(error ARCH must be x86_64 or arm64, got "$(ARCH)"))
override CPU_ARCHITECTURE = $(CPU_ARCHITECTURE_$(ARCH))
PLATFORM_x86_64 = linux/amd64
PLATFORM_arm64 = linux/arm64
CPU_ARCHITECTURE_x86_64 = X86_64
CPU_ARCHITECTURE_arm64 = ARM64
TEMPLATE ?= cloudformation/textops.yaml
REGISTRY_TEMPLATE ?= cloudformation/ecr.yaml

PROFILE ?=
CERTIFICATE_ARN ?=
ALARM_EMAIL ?=
TASK_SUBNETS ?=
NAT_GATEWAYS ?=
LAUNCH_TYPE ?=
EC2_CAPACITY ?=
TASK_SIZE ?=
DB_INSTANCE_CLASS ?=
DB_MULTI_AZ ?=
HOME_MAX ?=
API_MAX ?=
GOOGLE_TRANSLATE_KEY_ARN ?=
LIBRETRANSLATE_URL ?=

# Every aws call names the region and, when set, the profile, so nothing depends on ambient defaults.
AWS = aws --region $(or $(REGION),$(error set AWS_REGION, e.g. make deploy AWS_REGION=eu-west-1)) $(if $(AWS_PROFILE),--profile $(AWS_PROFILE))

# The account id is looked up once, on first use (so `make test` needs no AWS credentials), and is
# never written down anywhere. A failed lookup stops make with a hint instead of pushing to ".dkr.ecr".
ACCOUNT_ID = $(eval ACCOUNT_ID := $(shell $(AWS) sts get-caller-identity --query Account --output text))$(if $(ACCOUNT_ID),$(ACCOUNT_ID),$(error could not look up the AWS account id: check AWS_PROFILE, AWS_REGION and your credentials))
REGISTRY = $(ACCOUNT_ID).dkr.ecr.$(REGION).amazonaws.com
IMAGE = $(REGISTRY)/$(REPOSITORY)

# Node 24 first on PATH for every target that runs node (scripts/ensure-node24 installs it if needed).
NODE_DIR = $(eval NODE_DIR := $(shell scripts/ensure-node24))$(or $(NODE_DIR),$(error scripts/ensure-node24 found no Node 24: see its message above))
WITH_NODE = PATH="$(NODE_DIR):$$PATH"

# One shell word, single-quoted, whatever the value holds (& ? ; spaces, and ' itself as '\'').
quote = '$(subst ','\'',$(1))'
# Name=value as one quoted word, only when the value is set.
parameter = $(if $(2),$(call quote,$(1)=$(2)))

DEPLOY_PARAMETERS = $(call parameter,ImageRepository,$(REPOSITORY)) $(call parameter,ImageTag,$(IMAGE_TAG)) \
  $(call parameter,CpuArchitecture,$(CPU_ARCHITECTURE)) \
  $(call parameter,Profile,$(PROFILE)) \
  $(call parameter,CertificateArn,$(CERTIFICATE_ARN)) \
  $(call parameter,AlarmEmail,$(ALARM_EMAIL)) \
  $(call parameter,TaskSubnets,$(TASK_SUBNETS)) \
  $(call parameter,NatGateways,$(NAT_GATEWAYS)) \
  $(call parameter,LaunchType,$(LAUNCH_TYPE)) \
  $(call parameter,Ec2Capacity,$(EC2_CAPACITY)) \
  $(call parameter,TaskSize,$(TASK_SIZE)) \
  $(call parameter,DbInstanceClass,$(DB_INSTANCE_CLASS)) \
  $(call parameter,DbMultiAz,$(DB_MULTI_AZ)) \
  $(call parameter,HomeMaxCount,$(HOME_MAX)) \
  $(call parameter,ApiMaxCount,$(API_MAX)) \
  $(call parameter,GoogleTranslateKeyArn,$(GOOGLE_TRANSLATE_KEY_ARN)) \
  $(call parameter,LibreTranslateUrl,$(LIBRETRANSLATE_URL))

# A stack's output (looked up when a recipe needs it).
output = $(shell $(AWS) cloudformation describe-stacks --stack-name $(1) --query "Stacks[0].Outputs[?OutputKey=='$(2)'].OutputValue" --output text)
# Whether IMAGE_TAG is in the repository (a command: exit 0 when it is).
IMAGE_IN_ECR = $(AWS) ecr describe-images --repository-name $(REPOSITORY) --image-ids imageTag=$(IMAGE_TAG) --query 'imageDetails[0].imageDigest' --output text >/dev/null 2>&1

.PHONY: help install run test bench build validate image registry login push image-exists deploy bootstrap-db image-tag url logs destroy destroy-registry

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{ printf "  make %-17s %s\n", $$1, $$2 }'

install: node_modules/.package-lock.json ## install dependencies (npm ci) when missing or older than package-lock.json

# npm writes node_modules/.package-lock.json on every install, so its age tells whether the lock file moved on.
node_modules/.package-lock.json: package-lock.json
	$(WITH_NODE) npm ci --no-audit --no-fund
	touch $@

run: install ## serve home and api on http://localhost:8080 with SQLite in ./var
	$(WITH_NODE) node bin/textops serve all

test: install ## run the whole test suite (type check, unit, HTTP, cloud checks)
	$(WITH_NODE) npm test

bench: install ## run the benchmarks (results in bench/RESULTS.md)
	$(WITH_NODE) npm run bench

build: install ## bundle src/ into dist/textops.mjs with esbuild
	$(WITH_NODE) npm run build

validate: install ## check the CloudFormation templates against the AWS resource specification (offline)
	$(WITH_NODE) node scripts/validate-cfn.ts

image: ## build the container image for ARCH (tagged with the git commit)
	docker build --platform $(PLATFORM) --tag $(REPOSITORY):$(IMAGE_TAG) .

image-tag: ## print the tag this tree's image gets (the commit, or <commit>-dirty-<hash> with uncommitted changes)
	@echo $(IMAGE_TAG)

registry: ## create or update the ECR repository stack (idempotent)
	$(AWS) cloudformation deploy --stack-name $(STACK)-registry --template-file $(REGISTRY_TEMPLATE) \
	  --parameter-overrides $(call parameter,RepositoryName,$(REPOSITORY)) --no-fail-on-empty-changeset

login: registry ## log docker in to ECR
	$(AWS) ecr get-login-password | docker login --username AWS --password-stdin $(REGISTRY)

push: login image ## push the image under its commit tag (tags are immutable: an existing tag is left alone)
	@if $(IMAGE_IN_ECR); then echo "$(IMAGE):$(IMAGE_TAG) is already in ECR; tags are immutable, so it is not pushed again"; else \
	  set -x; docker tag $(REPOSITORY):$(IMAGE_TAG) $(IMAGE):$(IMAGE_TAG) && docker push $(IMAGE):$(IMAGE_TAG); fi

image-exists: ## stop unless IMAGE_TAG is in this stack's ECR repository
	@$(IMAGE_IN_ECR) || { echo "make deploy: image $(REPOSITORY):$(IMAGE_TAG) is not in ECR in $(REGION). Run 'make push' first (same ARCH), or deploy a pushed commit with IMAGE_TAG=<commit>." >&2; exit 1; }

deploy: validate image-exists ## create or update the stack with IMAGE_TAG (default: this tree's tag), then run bootstrap-db
	$(AWS) cloudformation deploy --stack-name $(STACK) --template-file $(TEMPLATE) \
	  --s3-bucket $(or $(call output,$(STACK)-registry,ArtifactsBucketName),$(error $(STACK)-registry has no ArtifactsBucketName output: run make registry (or make push) first)) --s3-prefix $(STACK) \
	  --capabilities CAPABILITY_IAM --no-fail-on-empty-changeset --tags app=textops stack=$(STACK) \
	  --parameter-overrides $(strip $(DEPLOY_PARAMETERS))
	@$(MAKE) --no-print-directory bootstrap-db
	@$(MAKE) --no-print-directory url

bootstrap-db: ## run `textops bootstrap-db` as a one-off ECS task: creates or realigns the app's database user
	@cluster='$(call output,$(STACK),ClusterName)'; \
	task=$$($(AWS) ecs run-task --cluster "$$cluster" --launch-type FARGATE \
	  --task-definition '$(call output,$(STACK),BootstrapTaskDefinition)' \
	  --network-configuration '$(call output,$(STACK),BootstrapNetworkConfiguration)' \
	  --query 'tasks[0].taskArn' --output text); \
	echo "bootstrap-db: task $$task"; \
	$(AWS) ecs wait tasks-stopped --cluster "$$cluster" --tasks "$$task"; \
	code=$$($(AWS) ecs describe-tasks --cluster "$$cluster" --tasks "$$task" --query 'tasks[0].containers[0].exitCode' --output text); \
	[ "$$code" = 0 ] || { echo "bootstrap-db failed (exit code $$code): see make logs (stream prefix bootstrap-db)" >&2; exit 1; }

url: ## print the site URL
	$(AWS) cloudformation describe-stacks --stack-name $(STACK) \
	  --query "Stacks[0].Outputs[?OutputKey=='SiteUrl'].OutputValue" --output text

logs: ## follow both services' logs (last 10 minutes first)
	$(AWS) logs tail /ecs/$(STACK) --follow --since 10m

destroy: ## delete the stack (the database leaves a final snapshot); needs CONFIRM=<stack name>
	@[ "$(CONFIRM)" = "$(STACK)" ] || { echo "This deletes stack $(STACK). Run: make destroy CONFIRM=$(STACK)" >&2; exit 1; }
	$(AWS) cloudformation delete-stack --stack-name $(STACK)
	$(AWS) cloudformation wait stack-delete-complete --stack-name $(STACK)

destroy-registry: ## delete the ECR repository, its images and the artifacts bucket; needs CONFIRM=<stack name>-registry
	@[ "$(CONFIRM)" = "$(STACK)-registry" ] || { echo "Run: make destroy-registry CONFIRM=$(STACK)-registry" >&2; exit 1; }
	$(AWS) s3 rm 's3://$(call output,$(STACK)-registry,ArtifactsBucketName)' --recursive
	$(AWS) cloudformation delete-stack --stack-name $(STACK)-registry
	$(AWS) cloudformation wait stack-delete-complete --stack-name $(STACK)-registry
