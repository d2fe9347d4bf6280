# textops: build, test and deploy.
#
#   make                 list the targets (this help)
#   make run             serve home + api on http://localhost:8080 (SQLite in ./var)
#   make test            the whole test suite (what CI runs)
#   make push deploy     build the image, push it to ECR, deploy the CloudFormation stack
#
# AWS settings come from the usual places: AWS_PROFILE (a profile in ~/.aws/credentials) and AWS_REGION.
# STACK names the CloudFormation stack (default textops), so several copies can live in one account:
#   make push deploy AWS_PROFILE=work AWS_REGION=eu-central-1 STACK=textops-staging
# Optional stack parameters are passed only when set, so an update keeps the values of the last deploy:
#   CERTIFICATE_ARN TASK_SUBNETS NAT_GATEWAYS LAUNCH_TYPE DB_INSTANCE_CLASS DB_MULTI_AZ
#   HOME_COUNT API_COUNT GOOGLE_TRANSLATE_KEY_ARN LIBRETRANSLATE_URL

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-builtin-rules

STACK ?= textops
REPOSITORY ?= textops
AWS_PROFILE ?=
AWS_REGION ?=
# The region: AWS_REGION, else AWS_DEFAULT_REGION, else the profile's configured region (asked once, when needed).
REGION = $(eval REGION := $(or $(AWS_REGION),$(AWS_DEFAULT_REGION),$(shell aws configure get region $(if $(AWS_PROFILE),--profile $(AWS_PROFILE)) 2>/dev/null)))$(REGION)
IMAGE_TAG ?= $(shell git rev-parse --short=12 HEAD)
PLATFORM ?= linux/amd64
TEMPLATE ?= cloudformation/textops.yaml
REGISTRY_TEMPLATE ?= cloudformation/ecr.yaml

CERTIFICATE_ARN ?=
TASK_SUBNETS ?=
NAT_GATEWAYS ?=
LAUNCH_TYPE ?=
DB_INSTANCE_CLASS ?=
DB_MULTI_AZ ?=
HOME_COUNT ?=
API_COUNT ?=
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

DEPLOY_PARAMETERS = ImageRepository=$(REPOSITORY) ImageTag=$(IMAGE_TAG) \
  $(if $(CERTIFICATE_ARN),CertificateArn=$(CERTIFICATE_ARN)) \
  $(if $(TASK_SUBNETS),TaskSubnets=$(TASK_SUBNETS)) \
  $(if $(NAT_GATEWAYS),NatGateways=$(NAT_GATEWAYS)) \
  $(if $(LAUNCH_TYPE),LaunchType=$(LAUNCH_TYPE)) \
  $(if $(DB_INSTANCE_CLASS),DbInstanceClass=$(DB_INSTANCE_CLASS)) \
  $(if $(DB_MULTI_AZ),DbMultiAz=$(DB_MULTI_AZ)) \
  $(if $(HOME_COUNT),HomeDesiredCount=$(HOME_COUNT)) \
  $(if $(API_COUNT),ApiDesiredCount=$(API_COUNT)) \
  $(if $(GOOGLE_TRANSLATE_KEY_ARN),GoogleTranslateKeyArn=$(GOOGLE_TRANSLATE_KEY_ARN)) \
  $(if $(LIBRETRANSLATE_URL),LibreTranslateUrl=$(LIBRETRANSLATE_URL))

.PHONY: help install run test bench build validate image registry login push deploy url logs destroy destroy-registry

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

image: ## build the container image (tagged with the git commit)
	docker build --platform $(PLATFORM) --tag $(REPOSITORY):$(IMAGE_TAG) .

registry: ## create or update the ECR repository stack (idempotent)
	$(AWS) cloudformation deploy --stack-name $(STACK)-registry --template-file $(REGISTRY_TEMPLATE) \
	  --parameter-overrides RepositoryName=$(REPOSITORY) --no-fail-on-empty-changeset

login: registry ## log docker in to ECR
	$(AWS) ecr get-login-password | docker login --username AWS --password-stdin $(REGISTRY)

push: login image ## tag the image with the git commit and latest, and push both
	docker tag $(REPOSITORY):$(IMAGE_TAG) $(IMAGE):$(IMAGE_TAG)
	docker tag $(REPOSITORY):$(IMAGE_TAG) $(IMAGE):latest
	docker push $(IMAGE):$(IMAGE_TAG)
	docker push $(IMAGE):latest

deploy: validate ## create or update the stack with IMAGE_TAG (default: this commit)
	$(AWS) cloudformation deploy --stack-name $(STACK) --template-file $(TEMPLATE) \
	  --capabilities CAPABILITY_IAM --no-fail-on-empty-changeset --tags app=textops stack=$(STACK) \
	  --parameter-overrides $(strip $(DEPLOY_PARAMETERS))
	@$(MAKE) --no-print-directory url

url: ## print the site URL
	$(AWS) cloudformation describe-stacks --stack-name $(STACK) \
	  --query "Stacks[0].Outputs[?OutputKey=='SiteUrl'].OutputValue" --output text

logs: ## follow both services' logs (last 10 minutes first)
	$(AWS) logs tail /ecs/$(STACK) --follow --since 10m

destroy: ## delete the stack (the database leaves a final snapshot); needs CONFIRM=<stack name>
	@[ "$(CONFIRM)" = "$(STACK)" ] || { echo "This deletes stack $(STACK). Run: make destroy CONFIRM=$(STACK)" >&2; exit 1; }
	$(AWS) cloudformation delete-stack --stack-name $(STACK)
	$(AWS) cloudformation wait stack-delete-complete --stack-name $(STACK)

destroy-registry: ## delete the ECR repository and its images; needs CONFIRM=<stack name>-registry
	@[ "$(CONFIRM)" = "$(STACK)-registry" ] || { echo "Run: make destroy-registry CONFIRM=$(STACK)-registry" >&2; exit 1; }
	$(AWS) cloudformation delete-stack --stack-name $(STACK)-registry
	$(AWS) cloudformation wait stack-delete-complete --stack-name $(STACK)-registry
