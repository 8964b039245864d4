// Written by tools/catalog/generate.py: do not edit.
//! The errors each AWS SDK integration raises, as Step Functions names them
//! (`<Service>.<Error>Exception`), for `Retry::on` and `Catch::on`; one module per
//! service, by the name `aws-sdk:<service>:...` uses.

/// `aws-sdk:abusesignal` errors.
pub mod abusesignal {
    /// `AbuseSignal.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "AbuseSignal.AccessDeniedException";
    /// `AbuseSignal.ConflictException`
    pub const CONFLICT: &str = "AbuseSignal.ConflictException";
    /// `AbuseSignal.InternalServerException`
    pub const INTERNAL_SERVER: &str = "AbuseSignal.InternalServerException";
    /// `AbuseSignal.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "AbuseSignal.ResourceNotFoundException";
    /// `AbuseSignal.SubmissionRequirementException`
    pub const SUBMISSION_REQUIREMENT: &str = "AbuseSignal.SubmissionRequirementException";
    /// `AbuseSignal.ThrottlingException`
    pub const THROTTLING: &str = "AbuseSignal.ThrottlingException";
    /// `AbuseSignal.ValidationException`
    pub const VALIDATION: &str = "AbuseSignal.ValidationException";
}

/// `aws-sdk:accessanalyzer` errors.
pub mod accessanalyzer {
    /// `AccessAnalyzer.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "AccessAnalyzer.AccessDeniedException";
    /// `AccessAnalyzer.ConflictException`
    pub const CONFLICT: &str = "AccessAnalyzer.ConflictException";
    /// `AccessAnalyzer.InternalServerException`
    pub const INTERNAL_SERVER: &str = "AccessAnalyzer.InternalServerException";
    /// `AccessAnalyzer.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "AccessAnalyzer.InvalidParameterException";
    /// `AccessAnalyzer.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "AccessAnalyzer.ResourceNotFoundException";
    /// `AccessAnalyzer.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "AccessAnalyzer.ServiceQuotaExceededException";
    /// `AccessAnalyzer.ThrottlingException`
    pub const THROTTLING: &str = "AccessAnalyzer.ThrottlingException";
    /// `AccessAnalyzer.UnprocessableEntityException`
    pub const UNPROCESSABLE_ENTITY: &str = "AccessAnalyzer.UnprocessableEntityException";
    /// `AccessAnalyzer.ValidationException`
    pub const VALIDATION: &str = "AccessAnalyzer.ValidationException";
}

/// `aws-sdk:account` errors.
pub mod account {
    /// `Account.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Account.AccessDeniedException";
    /// `Account.ConflictException`
    pub const CONFLICT: &str = "Account.ConflictException";
    /// `Account.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Account.InternalServerException";
    /// `Account.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Account.ResourceNotFoundException";
    /// `Account.ResourceUnavailableException`
    pub const RESOURCE_UNAVAILABLE: &str = "Account.ResourceUnavailableException";
    /// `Account.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "Account.TooManyRequestsException";
    /// `Account.ValidationException`
    pub const VALIDATION: &str = "Account.ValidationException";
}

/// `aws-sdk:accountaccess` errors.
pub mod accountaccess {
    /// `AccountAccess.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "AccountAccess.AccessDeniedException";
    /// `AccountAccess.AlreadyCreatedException`
    pub const ALREADY_CREATED: &str = "AccountAccess.AlreadyCreatedException";
    /// `AccountAccess.ConflictException`
    pub const CONFLICT: &str = "AccountAccess.ConflictException";
    /// `AccountAccess.InternalServerException`
    pub const INTERNAL_SERVER: &str = "AccountAccess.InternalServerException";
    /// `AccountAccess.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "AccountAccess.ResourceNotFoundException";
    /// `AccountAccess.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "AccountAccess.ServiceQuotaExceededException";
    /// `AccountAccess.ThrottlingException`
    pub const THROTTLING: &str = "AccountAccess.ThrottlingException";
    /// `AccountAccess.ValidationException`
    pub const VALIDATION: &str = "AccountAccess.ValidationException";
}

/// `aws-sdk:accountaccessruntime` errors.
pub mod accountaccessruntime {
    /// `AccountAccessRuntime.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "AccountAccessRuntime.AccessDeniedException";
    /// `AccountAccessRuntime.InternalServerException`
    pub const INTERNAL_SERVER: &str = "AccountAccessRuntime.InternalServerException";
    /// `AccountAccessRuntime.ThrottlingException`
    pub const THROTTLING: &str = "AccountAccessRuntime.ThrottlingException";
    /// `AccountAccessRuntime.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "AccountAccessRuntime.UnauthorizedException";
    /// `AccountAccessRuntime.ValidationException`
    pub const VALIDATION: &str = "AccountAccessRuntime.ValidationException";
}

/// `aws-sdk:acm` errors.
pub mod acm {
    /// `Acm.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Acm.AccessDeniedException";
    /// `Acm.ConflictException`
    pub const CONFLICT: &str = "Acm.ConflictException";
    /// `Acm.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Acm.InternalServerException";
    /// `Acm.InvalidArgsException`
    pub const INVALID_ARGS: &str = "Acm.InvalidArgsException";
    /// `Acm.InvalidArnException`
    pub const INVALID_ARN: &str = "Acm.InvalidArnException";
    /// `Acm.InvalidDomainValidationOptionsException`
    pub const INVALID_DOMAIN_VALIDATION_OPTIONS: &str = "Acm.InvalidDomainValidationOptionsException";
    /// `Acm.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "Acm.InvalidParameterException";
    /// `Acm.InvalidStateException`
    pub const INVALID_STATE: &str = "Acm.InvalidStateException";
    /// `Acm.InvalidTagException`
    pub const INVALID_TAG: &str = "Acm.InvalidTagException";
    /// `Acm.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Acm.LimitExceededException";
    /// `Acm.RequestInProgressException`
    pub const REQUEST_IN_PROGRESS: &str = "Acm.RequestInProgressException";
    /// `Acm.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "Acm.ResourceInUseException";
    /// `Acm.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Acm.ResourceNotFoundException";
    /// `Acm.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Acm.ServiceQuotaExceededException";
    /// `Acm.TagPolicyException`
    pub const TAG_POLICY: &str = "Acm.TagPolicyException";
    /// `Acm.ThrottlingException`
    pub const THROTTLING: &str = "Acm.ThrottlingException";
    /// `Acm.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "Acm.TooManyTagsException";
    /// `Acm.ValidationException`
    pub const VALIDATION: &str = "Acm.ValidationException";
}

/// `aws-sdk:acmpca` errors.
pub mod acmpca {
    /// `AcmPca.CertificateMismatchException`
    pub const CERTIFICATE_MISMATCH: &str = "AcmPca.CertificateMismatchException";
    /// `AcmPca.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "AcmPca.ConcurrentModificationException";
    /// `AcmPca.InvalidArgsException`
    pub const INVALID_ARGS: &str = "AcmPca.InvalidArgsException";
    /// `AcmPca.InvalidArnException`
    pub const INVALID_ARN: &str = "AcmPca.InvalidArnException";
    /// `AcmPca.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "AcmPca.InvalidNextTokenException";
    /// `AcmPca.InvalidPolicyException`
    pub const INVALID_POLICY: &str = "AcmPca.InvalidPolicyException";
    /// `AcmPca.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "AcmPca.InvalidRequestException";
    /// `AcmPca.InvalidStateException`
    pub const INVALID_STATE: &str = "AcmPca.InvalidStateException";
    /// `AcmPca.InvalidTagException`
    pub const INVALID_TAG: &str = "AcmPca.InvalidTagException";
    /// `AcmPca.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "AcmPca.LimitExceededException";
    /// `AcmPca.LockoutPreventedException`
    pub const LOCKOUT_PREVENTED: &str = "AcmPca.LockoutPreventedException";
    /// `AcmPca.MalformedCSRException`
    pub const MALFORMED_CSR: &str = "AcmPca.MalformedCSRException";
    /// `AcmPca.MalformedCertificateException`
    pub const MALFORMED_CERTIFICATE: &str = "AcmPca.MalformedCertificateException";
    /// `AcmPca.PermissionAlreadyExistsException`
    pub const PERMISSION_ALREADY_EXISTS: &str = "AcmPca.PermissionAlreadyExistsException";
    /// `AcmPca.RequestAlreadyProcessedException`
    pub const REQUEST_ALREADY_PROCESSED: &str = "AcmPca.RequestAlreadyProcessedException";
    /// `AcmPca.RequestFailedException`
    pub const REQUEST_FAILED: &str = "AcmPca.RequestFailedException";
    /// `AcmPca.RequestInProgressException`
    pub const REQUEST_IN_PROGRESS: &str = "AcmPca.RequestInProgressException";
    /// `AcmPca.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "AcmPca.ResourceNotFoundException";
    /// `AcmPca.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "AcmPca.TooManyTagsException";
}

/// `aws-sdk:agentdiscovery` errors.
pub mod agentdiscovery {
    /// `AgentDiscovery.InternalServerException`
    pub const INTERNAL_SERVER: &str = "AgentDiscovery.InternalServerException";
    /// `AgentDiscovery.ThrottlingException`
    pub const THROTTLING: &str = "AgentDiscovery.ThrottlingException";
    /// `AgentDiscovery.ValidationException`
    pub const VALIDATION: &str = "AgentDiscovery.ValidationException";
}

/// `aws-sdk:agentregistry` errors.
pub mod agentregistry {
    /// `AgentRegistry.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "AgentRegistry.AccessDeniedException";
    /// `AgentRegistry.InternalServerException`
    pub const INTERNAL_SERVER: &str = "AgentRegistry.InternalServerException";
    /// `AgentRegistry.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "AgentRegistry.ResourceNotFoundException";
    /// `AgentRegistry.ThrottlingException`
    pub const THROTTLING: &str = "AgentRegistry.ThrottlingException";
    /// `AgentRegistry.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "AgentRegistry.UnauthorizedException";
    /// `AgentRegistry.ValidationException`
    pub const VALIDATION: &str = "AgentRegistry.ValidationException";
}

/// `aws-sdk:agentregistrycontrol` errors.
pub mod agentregistrycontrol {
    /// `AgentRegistryControl.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "AgentRegistryControl.AccessDeniedException";
    /// `AgentRegistryControl.ConflictException`
    pub const CONFLICT: &str = "AgentRegistryControl.ConflictException";
    /// `AgentRegistryControl.DependencyException`
    pub const DEPENDENCY: &str = "AgentRegistryControl.DependencyException";
    /// `AgentRegistryControl.InternalServerException`
    pub const INTERNAL_SERVER: &str = "AgentRegistryControl.InternalServerException";
    /// `AgentRegistryControl.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "AgentRegistryControl.ResourceNotFoundException";
    /// `AgentRegistryControl.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "AgentRegistryControl.ServiceQuotaExceededException";
    /// `AgentRegistryControl.ThrottlingException`
    pub const THROTTLING: &str = "AgentRegistryControl.ThrottlingException";
    /// `AgentRegistryControl.ValidationException`
    pub const VALIDATION: &str = "AgentRegistryControl.ValidationException";
}

/// `aws-sdk:aiops` errors.
pub mod aiops {
    /// `AiOps.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "AiOps.AccessDeniedException";
    /// `AiOps.ConflictException`
    pub const CONFLICT: &str = "AiOps.ConflictException";
    /// `AiOps.ForbiddenException`
    pub const FORBIDDEN: &str = "AiOps.ForbiddenException";
    /// `AiOps.InternalServerException`
    pub const INTERNAL_SERVER: &str = "AiOps.InternalServerException";
    /// `AiOps.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "AiOps.ResourceNotFoundException";
    /// `AiOps.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "AiOps.ServiceQuotaExceededException";
    /// `AiOps.ThrottlingException`
    pub const THROTTLING: &str = "AiOps.ThrottlingException";
    /// `AiOps.ValidationException`
    pub const VALIDATION: &str = "AiOps.ValidationException";
}

/// `aws-sdk:amp` errors.
pub mod amp {
    /// `Amp.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Amp.AccessDeniedException";
    /// `Amp.ConflictException`
    pub const CONFLICT: &str = "Amp.ConflictException";
    /// `Amp.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Amp.InternalServerException";
    /// `Amp.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Amp.ResourceNotFoundException";
    /// `Amp.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Amp.ServiceQuotaExceededException";
    /// `Amp.ThrottlingException`
    pub const THROTTLING: &str = "Amp.ThrottlingException";
    /// `Amp.ValidationException`
    pub const VALIDATION: &str = "Amp.ValidationException";
}

/// `aws-sdk:amplify` errors.
pub mod amplify {
    /// `Amplify.BadRequestException`
    pub const BAD_REQUEST: &str = "Amplify.BadRequestException";
    /// `Amplify.DependentServiceFailureException`
    pub const DEPENDENT_SERVICE_FAILURE: &str = "Amplify.DependentServiceFailureException";
    /// `Amplify.InternalFailureException`
    pub const INTERNAL_FAILURE: &str = "Amplify.InternalFailureException";
    /// `Amplify.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Amplify.LimitExceededException";
    /// `Amplify.NotFoundException`
    pub const NOT_FOUND: &str = "Amplify.NotFoundException";
    /// `Amplify.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Amplify.ResourceNotFoundException";
    /// `Amplify.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "Amplify.UnauthorizedException";
}

/// `aws-sdk:amplifybackend` errors.
pub mod amplifybackend {
    /// `AmplifyBackend.BadRequestException`
    pub const BAD_REQUEST: &str = "AmplifyBackend.BadRequestException";
    /// `AmplifyBackend.GatewayTimeoutException`
    pub const GATEWAY_TIMEOUT: &str = "AmplifyBackend.GatewayTimeoutException";
    /// `AmplifyBackend.NotFoundException`
    pub const NOT_FOUND: &str = "AmplifyBackend.NotFoundException";
    /// `AmplifyBackend.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "AmplifyBackend.TooManyRequestsException";
}

/// `aws-sdk:amplifyuibuilder` errors.
pub mod amplifyuibuilder {
    /// `AmplifyUiBuilder.InternalServerException`
    pub const INTERNAL_SERVER: &str = "AmplifyUiBuilder.InternalServerException";
    /// `AmplifyUiBuilder.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "AmplifyUiBuilder.InvalidParameterException";
    /// `AmplifyUiBuilder.ResourceConflictException`
    pub const RESOURCE_CONFLICT: &str = "AmplifyUiBuilder.ResourceConflictException";
    /// `AmplifyUiBuilder.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "AmplifyUiBuilder.ResourceNotFoundException";
    /// `AmplifyUiBuilder.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "AmplifyUiBuilder.ServiceQuotaExceededException";
    /// `AmplifyUiBuilder.ThrottlingException`
    pub const THROTTLING: &str = "AmplifyUiBuilder.ThrottlingException";
    /// `AmplifyUiBuilder.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "AmplifyUiBuilder.UnauthorizedException";
}

/// `aws-sdk:apigateway` errors.
pub mod apigateway {
    /// `ApiGateway.BadRequestException`
    pub const BAD_REQUEST: &str = "ApiGateway.BadRequestException";
    /// `ApiGateway.ConflictException`
    pub const CONFLICT: &str = "ApiGateway.ConflictException";
    /// `ApiGateway.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "ApiGateway.LimitExceededException";
    /// `ApiGateway.NotFoundException`
    pub const NOT_FOUND: &str = "ApiGateway.NotFoundException";
    /// `ApiGateway.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "ApiGateway.ServiceUnavailableException";
    /// `ApiGateway.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "ApiGateway.TooManyRequestsException";
    /// `ApiGateway.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "ApiGateway.UnauthorizedException";
}

/// `aws-sdk:apigatewaymanagementapi` errors.
pub mod apigatewaymanagementapi {
    /// `ApiGatewayManagementApi.ForbiddenException`
    pub const FORBIDDEN: &str = "ApiGatewayManagementApi.ForbiddenException";
    /// `ApiGatewayManagementApi.GoneException`
    pub const GONE: &str = "ApiGatewayManagementApi.GoneException";
    /// `ApiGatewayManagementApi.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "ApiGatewayManagementApi.LimitExceededException";
    /// `ApiGatewayManagementApi.PayloadTooLargeException`
    pub const PAYLOAD_TOO_LARGE: &str = "ApiGatewayManagementApi.PayloadTooLargeException";
}

/// `aws-sdk:apigatewayv2` errors.
pub mod apigatewayv2 {
    /// `ApiGatewayV2.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "ApiGatewayV2.AccessDeniedException";
    /// `ApiGatewayV2.BadRequestException`
    pub const BAD_REQUEST: &str = "ApiGatewayV2.BadRequestException";
    /// `ApiGatewayV2.ConflictException`
    pub const CONFLICT: &str = "ApiGatewayV2.ConflictException";
    /// `ApiGatewayV2.NotFoundException`
    pub const NOT_FOUND: &str = "ApiGatewayV2.NotFoundException";
    /// `ApiGatewayV2.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "ApiGatewayV2.TooManyRequestsException";
}

/// `aws-sdk:apiportal` errors.
pub mod apiportal {
    /// `ApiPortal.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "ApiPortal.AccessDeniedException";
    /// `ApiPortal.BadRequestException`
    pub const BAD_REQUEST: &str = "ApiPortal.BadRequestException";
    /// `ApiPortal.ConflictException`
    pub const CONFLICT: &str = "ApiPortal.ConflictException";
    /// `ApiPortal.InternalServerException`
    pub const INTERNAL_SERVER: &str = "ApiPortal.InternalServerException";
    /// `ApiPortal.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "ApiPortal.LimitExceededException";
    /// `ApiPortal.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ApiPortal.ResourceNotFoundException";
}

/// `aws-sdk:appconfig` errors.
pub mod appconfig {
    /// `AppConfig.BadRequestException`
    pub const BAD_REQUEST: &str = "AppConfig.BadRequestException";
    /// `AppConfig.ConflictException`
    pub const CONFLICT: &str = "AppConfig.ConflictException";
    /// `AppConfig.InternalServerException`
    pub const INTERNAL_SERVER: &str = "AppConfig.InternalServerException";
    /// `AppConfig.PayloadTooLargeException`
    pub const PAYLOAD_TOO_LARGE: &str = "AppConfig.PayloadTooLargeException";
    /// `AppConfig.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "AppConfig.ResourceNotFoundException";
    /// `AppConfig.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "AppConfig.ServiceQuotaExceededException";
}

/// `aws-sdk:appconfigdata` errors.
pub mod appconfigdata {
    /// `AppConfigData.BadRequestException`
    pub const BAD_REQUEST: &str = "AppConfigData.BadRequestException";
    /// `AppConfigData.InternalServerException`
    pub const INTERNAL_SERVER: &str = "AppConfigData.InternalServerException";
    /// `AppConfigData.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "AppConfigData.ResourceNotFoundException";
    /// `AppConfigData.ThrottlingException`
    pub const THROTTLING: &str = "AppConfigData.ThrottlingException";
}

/// `aws-sdk:appfabric` errors.
pub mod appfabric {
    /// `AppFabric.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "AppFabric.AccessDeniedException";
    /// `AppFabric.ConflictException`
    pub const CONFLICT: &str = "AppFabric.ConflictException";
    /// `AppFabric.InternalServerException`
    pub const INTERNAL_SERVER: &str = "AppFabric.InternalServerException";
    /// `AppFabric.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "AppFabric.ResourceNotFoundException";
    /// `AppFabric.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "AppFabric.ServiceQuotaExceededException";
    /// `AppFabric.ThrottlingException`
    pub const THROTTLING: &str = "AppFabric.ThrottlingException";
    /// `AppFabric.ValidationException`
    pub const VALIDATION: &str = "AppFabric.ValidationException";
}

/// `aws-sdk:appflow` errors.
pub mod appflow {
    /// `Appflow.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Appflow.AccessDeniedException";
    /// `Appflow.ConflictException`
    pub const CONFLICT: &str = "Appflow.ConflictException";
    /// `Appflow.ConnectorAuthenticationException`
    pub const CONNECTOR_AUTHENTICATION: &str = "Appflow.ConnectorAuthenticationException";
    /// `Appflow.ConnectorServerException`
    pub const CONNECTOR_SERVER: &str = "Appflow.ConnectorServerException";
    /// `Appflow.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Appflow.InternalServerException";
    /// `Appflow.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Appflow.ResourceNotFoundException";
    /// `Appflow.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Appflow.ServiceQuotaExceededException";
    /// `Appflow.ThrottlingException`
    pub const THROTTLING: &str = "Appflow.ThrottlingException";
    /// `Appflow.UnsupportedOperationException`
    pub const UNSUPPORTED_OPERATION: &str = "Appflow.UnsupportedOperationException";
    /// `Appflow.ValidationException`
    pub const VALIDATION: &str = "Appflow.ValidationException";
}

/// `aws-sdk:appintegrations` errors.
pub mod appintegrations {
    /// `AppIntegrations.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "AppIntegrations.AccessDeniedException";
    /// `AppIntegrations.ConflictException`
    pub const CONFLICT: &str = "AppIntegrations.ConflictException";
    /// `AppIntegrations.DuplicateResourceException`
    pub const DUPLICATE_RESOURCE: &str = "AppIntegrations.DuplicateResourceException";
    /// `AppIntegrations.InternalServiceErrorException`
    pub const INTERNAL_SERVICE_ERROR: &str = "AppIntegrations.InternalServiceErrorException";
    /// `AppIntegrations.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "AppIntegrations.InvalidRequestException";
    /// `AppIntegrations.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "AppIntegrations.ResourceNotFoundException";
    /// `AppIntegrations.ResourceQuotaExceededException`
    pub const RESOURCE_QUOTA_EXCEEDED: &str = "AppIntegrations.ResourceQuotaExceededException";
    /// `AppIntegrations.ThrottlingException`
    pub const THROTTLING: &str = "AppIntegrations.ThrottlingException";
    /// `AppIntegrations.UnsupportedOperationException`
    pub const UNSUPPORTED_OPERATION: &str = "AppIntegrations.UnsupportedOperationException";
}

/// `aws-sdk:applicationautoscaling` errors.
pub mod applicationautoscaling {
    /// `ApplicationAutoScaling.ConcurrentUpdateException`
    pub const CONCURRENT_UPDATE: &str = "ApplicationAutoScaling.ConcurrentUpdateException";
    /// `ApplicationAutoScaling.FailedResourceAccessException`
    pub const FAILED_RESOURCE_ACCESS: &str = "ApplicationAutoScaling.FailedResourceAccessException";
    /// `ApplicationAutoScaling.InternalServiceException`
    pub const INTERNAL_SERVICE: &str = "ApplicationAutoScaling.InternalServiceException";
    /// `ApplicationAutoScaling.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "ApplicationAutoScaling.InvalidNextTokenException";
    /// `ApplicationAutoScaling.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "ApplicationAutoScaling.LimitExceededException";
    /// `ApplicationAutoScaling.ObjectNotFoundException`
    pub const OBJECT_NOT_FOUND: &str = "ApplicationAutoScaling.ObjectNotFoundException";
    /// `ApplicationAutoScaling.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ApplicationAutoScaling.ResourceNotFoundException";
    /// `ApplicationAutoScaling.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "ApplicationAutoScaling.TooManyTagsException";
    /// `ApplicationAutoScaling.ValidationException`
    pub const VALIDATION: &str = "ApplicationAutoScaling.ValidationException";
}

/// `aws-sdk:applicationcostprofiler` errors.
pub mod applicationcostprofiler {
    /// `ApplicationCostProfiler.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "ApplicationCostProfiler.AccessDeniedException";
    /// `ApplicationCostProfiler.InternalServerException`
    pub const INTERNAL_SERVER: &str = "ApplicationCostProfiler.InternalServerException";
    /// `ApplicationCostProfiler.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "ApplicationCostProfiler.ServiceQuotaExceededException";
    /// `ApplicationCostProfiler.ThrottlingException`
    pub const THROTTLING: &str = "ApplicationCostProfiler.ThrottlingException";
    /// `ApplicationCostProfiler.ValidationException`
    pub const VALIDATION: &str = "ApplicationCostProfiler.ValidationException";
}

/// `aws-sdk:applicationdiscovery` errors.
pub mod applicationdiscovery {
    /// `ApplicationDiscovery.AuthorizationErrorException`
    pub const AUTHORIZATION_ERROR: &str = "ApplicationDiscovery.AuthorizationErrorException";
    /// `ApplicationDiscovery.ConflictErrorException`
    pub const CONFLICT_ERROR: &str = "ApplicationDiscovery.ConflictErrorException";
    /// `ApplicationDiscovery.HomeRegionNotSetException`
    pub const HOME_REGION_NOT_SET: &str = "ApplicationDiscovery.HomeRegionNotSetException";
    /// `ApplicationDiscovery.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "ApplicationDiscovery.InvalidParameterException";
    /// `ApplicationDiscovery.InvalidParameterValueException`
    pub const INVALID_PARAMETER_VALUE: &str = "ApplicationDiscovery.InvalidParameterValueException";
    /// `ApplicationDiscovery.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "ApplicationDiscovery.LimitExceededException";
    /// `ApplicationDiscovery.OperationNotPermittedException`
    pub const OPERATION_NOT_PERMITTED: &str = "ApplicationDiscovery.OperationNotPermittedException";
    /// `ApplicationDiscovery.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "ApplicationDiscovery.ResourceInUseException";
    /// `ApplicationDiscovery.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ApplicationDiscovery.ResourceNotFoundException";
    /// `ApplicationDiscovery.ServerInternalErrorException`
    pub const SERVER_INTERNAL_ERROR: &str = "ApplicationDiscovery.ServerInternalErrorException";
}

/// `aws-sdk:applicationinsights` errors.
pub mod applicationinsights {
    /// `ApplicationInsights.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "ApplicationInsights.AccessDeniedException";
    /// `ApplicationInsights.BadRequestException`
    pub const BAD_REQUEST: &str = "ApplicationInsights.BadRequestException";
    /// `ApplicationInsights.InternalServerException`
    pub const INTERNAL_SERVER: &str = "ApplicationInsights.InternalServerException";
    /// `ApplicationInsights.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "ApplicationInsights.ResourceInUseException";
    /// `ApplicationInsights.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ApplicationInsights.ResourceNotFoundException";
    /// `ApplicationInsights.TagsAlreadyExistException`
    pub const TAGS_ALREADY_EXIST: &str = "ApplicationInsights.TagsAlreadyExistException";
    /// `ApplicationInsights.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "ApplicationInsights.TooManyTagsException";
    /// `ApplicationInsights.ValidationException`
    pub const VALIDATION: &str = "ApplicationInsights.ValidationException";
}

/// `aws-sdk:applicationsignals` errors.
pub mod applicationsignals {
    /// `ApplicationSignals.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "ApplicationSignals.AccessDeniedException";
    /// `ApplicationSignals.ConflictException`
    pub const CONFLICT: &str = "ApplicationSignals.ConflictException";
    /// `ApplicationSignals.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ApplicationSignals.ResourceNotFoundException";
    /// `ApplicationSignals.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "ApplicationSignals.ServiceQuotaExceededException";
    /// `ApplicationSignals.ThrottlingException`
    pub const THROTTLING: &str = "ApplicationSignals.ThrottlingException";
    /// `ApplicationSignals.ValidationException`
    pub const VALIDATION: &str = "ApplicationSignals.ValidationException";
}

/// `aws-sdk:appmesh` errors.
pub mod appmesh {
    /// `AppMesh.BadRequestException`
    pub const BAD_REQUEST: &str = "AppMesh.BadRequestException";
    /// `AppMesh.ConflictException`
    pub const CONFLICT: &str = "AppMesh.ConflictException";
    /// `AppMesh.ForbiddenException`
    pub const FORBIDDEN: &str = "AppMesh.ForbiddenException";
    /// `AppMesh.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "AppMesh.InternalServerErrorException";
    /// `AppMesh.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "AppMesh.LimitExceededException";
    /// `AppMesh.NotFoundException`
    pub const NOT_FOUND: &str = "AppMesh.NotFoundException";
    /// `AppMesh.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "AppMesh.ResourceInUseException";
    /// `AppMesh.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "AppMesh.ServiceUnavailableException";
    /// `AppMesh.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "AppMesh.TooManyRequestsException";
    /// `AppMesh.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "AppMesh.TooManyTagsException";
}

/// `aws-sdk:apprunner` errors.
pub mod apprunner {
    /// `AppRunner.InternalServiceErrorException`
    pub const INTERNAL_SERVICE_ERROR: &str = "AppRunner.InternalServiceErrorException";
    /// `AppRunner.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "AppRunner.InvalidRequestException";
    /// `AppRunner.InvalidStateException`
    pub const INVALID_STATE: &str = "AppRunner.InvalidStateException";
    /// `AppRunner.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "AppRunner.ResourceNotFoundException";
    /// `AppRunner.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "AppRunner.ServiceQuotaExceededException";
}

/// `aws-sdk:appstream` errors.
pub mod appstream {
    /// `AppStream.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "AppStream.ConcurrentModificationException";
    /// `AppStream.DryRunOperationException`
    pub const DRY_RUN_OPERATION: &str = "AppStream.DryRunOperationException";
    /// `AppStream.EntitlementAlreadyExistsException`
    pub const ENTITLEMENT_ALREADY_EXISTS: &str = "AppStream.EntitlementAlreadyExistsException";
    /// `AppStream.EntitlementNotFoundException`
    pub const ENTITLEMENT_NOT_FOUND: &str = "AppStream.EntitlementNotFoundException";
    /// `AppStream.IncompatibleImageException`
    pub const INCOMPATIBLE_IMAGE: &str = "AppStream.IncompatibleImageException";
    /// `AppStream.InvalidAccountStatusException`
    pub const INVALID_ACCOUNT_STATUS: &str = "AppStream.InvalidAccountStatusException";
    /// `AppStream.InvalidParameterCombinationException`
    pub const INVALID_PARAMETER_COMBINATION: &str = "AppStream.InvalidParameterCombinationException";
    /// `AppStream.InvalidRoleException`
    pub const INVALID_ROLE: &str = "AppStream.InvalidRoleException";
    /// `AppStream.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "AppStream.LimitExceededException";
    /// `AppStream.OperationNotPermittedException`
    pub const OPERATION_NOT_PERMITTED: &str = "AppStream.OperationNotPermittedException";
    /// `AppStream.RequestLimitExceededException`
    pub const REQUEST_LIMIT_EXCEEDED: &str = "AppStream.RequestLimitExceededException";
    /// `AppStream.ResourceAlreadyExistsException`
    pub const RESOURCE_ALREADY_EXISTS: &str = "AppStream.ResourceAlreadyExistsException";
    /// `AppStream.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "AppStream.ResourceInUseException";
    /// `AppStream.ResourceNotAvailableException`
    pub const RESOURCE_NOT_AVAILABLE: &str = "AppStream.ResourceNotAvailableException";
    /// `AppStream.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "AppStream.ResourceNotFoundException";
}

/// `aws-sdk:appsync` errors.
pub mod appsync {
    /// `AppSync.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "AppSync.AccessDeniedException";
    /// `AppSync.ApiKeyLimitExceededException`
    pub const API_KEY_LIMIT_EXCEEDED: &str = "AppSync.ApiKeyLimitExceededException";
    /// `AppSync.ApiKeyValidityOutOfBoundsException`
    pub const API_KEY_VALIDITY_OUT_OF_BOUNDS: &str = "AppSync.ApiKeyValidityOutOfBoundsException";
    /// `AppSync.ApiLimitExceededException`
    pub const API_LIMIT_EXCEEDED: &str = "AppSync.ApiLimitExceededException";
    /// `AppSync.BadRequestException`
    pub const BAD_REQUEST: &str = "AppSync.BadRequestException";
    /// `AppSync.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "AppSync.ConcurrentModificationException";
    /// `AppSync.ConflictException`
    pub const CONFLICT: &str = "AppSync.ConflictException";
    /// `AppSync.GraphQLSchemaException`
    pub const GRAPH_QL_SCHEMA: &str = "AppSync.GraphQLSchemaException";
    /// `AppSync.InternalFailureException`
    pub const INTERNAL_FAILURE: &str = "AppSync.InternalFailureException";
    /// `AppSync.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "AppSync.LimitExceededException";
    /// `AppSync.NotFoundException`
    pub const NOT_FOUND: &str = "AppSync.NotFoundException";
    /// `AppSync.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "AppSync.ServiceQuotaExceededException";
    /// `AppSync.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "AppSync.UnauthorizedException";
}

/// `aws-sdk:arcregionswitch` errors.
pub mod arcregionswitch {
    /// `ArcRegionSwitch.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "ArcRegionSwitch.AccessDeniedException";
    /// `ArcRegionSwitch.ConflictException`
    pub const CONFLICT: &str = "ArcRegionSwitch.ConflictException";
    /// `ArcRegionSwitch.IllegalArgumentException`
    pub const ILLEGAL_ARGUMENT: &str = "ArcRegionSwitch.IllegalArgumentException";
    /// `ArcRegionSwitch.IllegalStateException`
    pub const ILLEGAL_STATE: &str = "ArcRegionSwitch.IllegalStateException";
    /// `ArcRegionSwitch.InternalServerException`
    pub const INTERNAL_SERVER: &str = "ArcRegionSwitch.InternalServerException";
    /// `ArcRegionSwitch.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ArcRegionSwitch.ResourceNotFoundException";
    /// `ArcRegionSwitch.RetryableConflictException`
    pub const RETRYABLE_CONFLICT: &str = "ArcRegionSwitch.RetryableConflictException";
}

/// `aws-sdk:arczonalshift` errors.
pub mod arczonalshift {
    /// `ArcZonalShift.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "ArcZonalShift.AccessDeniedException";
    /// `ArcZonalShift.ConflictException`
    pub const CONFLICT: &str = "ArcZonalShift.ConflictException";
    /// `ArcZonalShift.InternalServerException`
    pub const INTERNAL_SERVER: &str = "ArcZonalShift.InternalServerException";
    /// `ArcZonalShift.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ArcZonalShift.ResourceNotFoundException";
    /// `ArcZonalShift.ThrottlingException`
    pub const THROTTLING: &str = "ArcZonalShift.ThrottlingException";
    /// `ArcZonalShift.ValidationException`
    pub const VALIDATION: &str = "ArcZonalShift.ValidationException";
}

/// `aws-sdk:artifact` errors.
pub mod artifact {
    /// `Artifact.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Artifact.AccessDeniedException";
    /// `Artifact.ConflictException`
    pub const CONFLICT: &str = "Artifact.ConflictException";
    /// `Artifact.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Artifact.InternalServerException";
    /// `Artifact.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Artifact.ResourceNotFoundException";
    /// `Artifact.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Artifact.ServiceQuotaExceededException";
    /// `Artifact.ThrottlingException`
    pub const THROTTLING: &str = "Artifact.ThrottlingException";
    /// `Artifact.ValidationException`
    pub const VALIDATION: &str = "Artifact.ValidationException";
}

/// `aws-sdk:athena` errors.
pub mod athena {
    /// `Athena.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Athena.InternalServerException";
    /// `Athena.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "Athena.InvalidRequestException";
    /// `Athena.MetadataException`
    pub const METADATA: &str = "Athena.MetadataException";
    /// `Athena.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Athena.ResourceNotFoundException";
    /// `Athena.SessionAlreadyExistsException`
    pub const SESSION_ALREADY_EXISTS: &str = "Athena.SessionAlreadyExistsException";
    /// `Athena.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "Athena.TooManyRequestsException";
}

/// `aws-sdk:auditmanager` errors.
pub mod auditmanager {
    /// `AuditManager.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "AuditManager.AccessDeniedException";
    /// `AuditManager.InternalServerException`
    pub const INTERNAL_SERVER: &str = "AuditManager.InternalServerException";
    /// `AuditManager.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "AuditManager.ResourceNotFoundException";
    /// `AuditManager.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "AuditManager.ServiceQuotaExceededException";
    /// `AuditManager.ThrottlingException`
    pub const THROTTLING: &str = "AuditManager.ThrottlingException";
    /// `AuditManager.ValidationException`
    pub const VALIDATION: &str = "AuditManager.ValidationException";
}

/// `aws-sdk:autoscaling` errors.
pub mod autoscaling {
    /// `AutoScaling.ActiveInstanceRefreshNotFoundFaultException`
    pub const ACTIVE_INSTANCE_REFRESH_NOT_FOUND_FAULT: &str = "AutoScaling.ActiveInstanceRefreshNotFoundFaultException";
    /// `AutoScaling.AlreadyExistsFaultException`
    pub const ALREADY_EXISTS_FAULT: &str = "AutoScaling.AlreadyExistsFaultException";
    /// `AutoScaling.IdempotentCallInProgressFaultException`
    pub const IDEMPOTENT_CALL_IN_PROGRESS_FAULT: &str = "AutoScaling.IdempotentCallInProgressFaultException";
    /// `AutoScaling.IdempotentParameterMismatchErrorException`
    pub const IDEMPOTENT_PARAMETER_MISMATCH_ERROR: &str = "AutoScaling.IdempotentParameterMismatchErrorException";
    /// `AutoScaling.InstanceRefreshInProgressFaultException`
    pub const INSTANCE_REFRESH_IN_PROGRESS_FAULT: &str = "AutoScaling.InstanceRefreshInProgressFaultException";
    /// `AutoScaling.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "AutoScaling.InvalidNextTokenException";
    /// `AutoScaling.IrreversibleInstanceRefreshFaultException`
    pub const IRREVERSIBLE_INSTANCE_REFRESH_FAULT: &str = "AutoScaling.IrreversibleInstanceRefreshFaultException";
    /// `AutoScaling.LimitExceededFaultException`
    pub const LIMIT_EXCEEDED_FAULT: &str = "AutoScaling.LimitExceededFaultException";
    /// `AutoScaling.ResourceContentionFaultException`
    pub const RESOURCE_CONTENTION_FAULT: &str = "AutoScaling.ResourceContentionFaultException";
    /// `AutoScaling.ResourceInUseFaultException`
    pub const RESOURCE_IN_USE_FAULT: &str = "AutoScaling.ResourceInUseFaultException";
    /// `AutoScaling.ScalingActivityInProgressFaultException`
    pub const SCALING_ACTIVITY_IN_PROGRESS_FAULT: &str = "AutoScaling.ScalingActivityInProgressFaultException";
    /// `AutoScaling.ServiceLinkedRoleFailureException`
    pub const SERVICE_LINKED_ROLE_FAILURE: &str = "AutoScaling.ServiceLinkedRoleFailureException";
}

/// `aws-sdk:autoscalingplans` errors.
pub mod autoscalingplans {
    /// `AutoScalingPlans.ConcurrentUpdateException`
    pub const CONCURRENT_UPDATE: &str = "AutoScalingPlans.ConcurrentUpdateException";
    /// `AutoScalingPlans.InternalServiceException`
    pub const INTERNAL_SERVICE: &str = "AutoScalingPlans.InternalServiceException";
    /// `AutoScalingPlans.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "AutoScalingPlans.InvalidNextTokenException";
    /// `AutoScalingPlans.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "AutoScalingPlans.LimitExceededException";
    /// `AutoScalingPlans.ObjectNotFoundException`
    pub const OBJECT_NOT_FOUND: &str = "AutoScalingPlans.ObjectNotFoundException";
    /// `AutoScalingPlans.ValidationException`
    pub const VALIDATION: &str = "AutoScalingPlans.ValidationException";
}

/// `aws-sdk:b2bi` errors.
pub mod b2bi {
    /// `B2Bi.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "B2Bi.AccessDeniedException";
    /// `B2Bi.ConflictException`
    pub const CONFLICT: &str = "B2Bi.ConflictException";
    /// `B2Bi.InternalServerException`
    pub const INTERNAL_SERVER: &str = "B2Bi.InternalServerException";
    /// `B2Bi.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "B2Bi.ResourceNotFoundException";
    /// `B2Bi.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "B2Bi.ServiceQuotaExceededException";
    /// `B2Bi.ThrottlingException`
    pub const THROTTLING: &str = "B2Bi.ThrottlingException";
    /// `B2Bi.ValidationException`
    pub const VALIDATION: &str = "B2Bi.ValidationException";
}

/// `aws-sdk:backup` errors.
pub mod backup {
    /// `Backup.AlreadyExistsException`
    pub const ALREADY_EXISTS: &str = "Backup.AlreadyExistsException";
    /// `Backup.ConflictException`
    pub const CONFLICT: &str = "Backup.ConflictException";
    /// `Backup.DependencyFailureException`
    pub const DEPENDENCY_FAILURE: &str = "Backup.DependencyFailureException";
    /// `Backup.InvalidParameterValueException`
    pub const INVALID_PARAMETER_VALUE: &str = "Backup.InvalidParameterValueException";
    /// `Backup.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "Backup.InvalidRequestException";
    /// `Backup.InvalidResourceStateException`
    pub const INVALID_RESOURCE_STATE: &str = "Backup.InvalidResourceStateException";
    /// `Backup.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Backup.LimitExceededException";
    /// `Backup.MissingParameterValueException`
    pub const MISSING_PARAMETER_VALUE: &str = "Backup.MissingParameterValueException";
    /// `Backup.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Backup.ResourceNotFoundException";
    /// `Backup.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "Backup.ServiceUnavailableException";
}

/// `aws-sdk:backupgateway` errors.
pub mod backupgateway {
    /// `BackupGateway.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "BackupGateway.AccessDeniedException";
    /// `BackupGateway.ConflictException`
    pub const CONFLICT: &str = "BackupGateway.ConflictException";
    /// `BackupGateway.InternalServerException`
    pub const INTERNAL_SERVER: &str = "BackupGateway.InternalServerException";
    /// `BackupGateway.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "BackupGateway.ResourceNotFoundException";
    /// `BackupGateway.ThrottlingException`
    pub const THROTTLING: &str = "BackupGateway.ThrottlingException";
    /// `BackupGateway.ValidationException`
    pub const VALIDATION: &str = "BackupGateway.ValidationException";
}

/// `aws-sdk:backupsearch` errors.
pub mod backupsearch {
    /// `BackupSearch.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "BackupSearch.AccessDeniedException";
    /// `BackupSearch.ConflictException`
    pub const CONFLICT: &str = "BackupSearch.ConflictException";
    /// `BackupSearch.InternalServerException`
    pub const INTERNAL_SERVER: &str = "BackupSearch.InternalServerException";
    /// `BackupSearch.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "BackupSearch.ResourceNotFoundException";
    /// `BackupSearch.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "BackupSearch.ServiceQuotaExceededException";
    /// `BackupSearch.ThrottlingException`
    pub const THROTTLING: &str = "BackupSearch.ThrottlingException";
    /// `BackupSearch.ValidationException`
    pub const VALIDATION: &str = "BackupSearch.ValidationException";
}

/// `aws-sdk:batch` errors.
pub mod batch {
    /// `Batch.ClientException`
    pub const CLIENT: &str = "Batch.ClientException";
    /// `Batch.ServerException`
    pub const SERVER: &str = "Batch.ServerException";
}

/// `aws-sdk:bcmdashboards` errors.
pub mod bcmdashboards {
    /// `BcmDashboards.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "BcmDashboards.AccessDeniedException";
    /// `BcmDashboards.ConflictException`
    pub const CONFLICT: &str = "BcmDashboards.ConflictException";
    /// `BcmDashboards.InternalServerException`
    pub const INTERNAL_SERVER: &str = "BcmDashboards.InternalServerException";
    /// `BcmDashboards.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "BcmDashboards.ResourceNotFoundException";
    /// `BcmDashboards.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "BcmDashboards.ServiceQuotaExceededException";
    /// `BcmDashboards.ThrottlingException`
    pub const THROTTLING: &str = "BcmDashboards.ThrottlingException";
    /// `BcmDashboards.ValidationException`
    pub const VALIDATION: &str = "BcmDashboards.ValidationException";
}

/// `aws-sdk:bcmdataexports` errors.
pub mod bcmdataexports {
    /// `BcmDataExports.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "BcmDataExports.AccessDeniedException";
    /// `BcmDataExports.InternalServerException`
    pub const INTERNAL_SERVER: &str = "BcmDataExports.InternalServerException";
    /// `BcmDataExports.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "BcmDataExports.ResourceNotFoundException";
    /// `BcmDataExports.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "BcmDataExports.ServiceQuotaExceededException";
    /// `BcmDataExports.ThrottlingException`
    pub const THROTTLING: &str = "BcmDataExports.ThrottlingException";
    /// `BcmDataExports.ValidationException`
    pub const VALIDATION: &str = "BcmDataExports.ValidationException";
}

/// `aws-sdk:bcmpricingcalculator` errors.
pub mod bcmpricingcalculator {
    /// `BcmPricingCalculator.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "BcmPricingCalculator.AccessDeniedException";
    /// `BcmPricingCalculator.ConflictException`
    pub const CONFLICT: &str = "BcmPricingCalculator.ConflictException";
    /// `BcmPricingCalculator.DataUnavailableException`
    pub const DATA_UNAVAILABLE: &str = "BcmPricingCalculator.DataUnavailableException";
    /// `BcmPricingCalculator.InternalServerException`
    pub const INTERNAL_SERVER: &str = "BcmPricingCalculator.InternalServerException";
    /// `BcmPricingCalculator.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "BcmPricingCalculator.ResourceNotFoundException";
    /// `BcmPricingCalculator.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "BcmPricingCalculator.ServiceQuotaExceededException";
    /// `BcmPricingCalculator.ThrottlingException`
    pub const THROTTLING: &str = "BcmPricingCalculator.ThrottlingException";
    /// `BcmPricingCalculator.ValidationException`
    pub const VALIDATION: &str = "BcmPricingCalculator.ValidationException";
}

/// `aws-sdk:bcmrecommendedactions` errors.
pub mod bcmrecommendedactions {
    /// `BcmRecommendedActions.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "BcmRecommendedActions.AccessDeniedException";
    /// `BcmRecommendedActions.InternalServerException`
    pub const INTERNAL_SERVER: &str = "BcmRecommendedActions.InternalServerException";
    /// `BcmRecommendedActions.ThrottlingException`
    pub const THROTTLING: &str = "BcmRecommendedActions.ThrottlingException";
    /// `BcmRecommendedActions.ValidationException`
    pub const VALIDATION: &str = "BcmRecommendedActions.ValidationException";
}

/// `aws-sdk:bedrock` errors.
pub mod bedrock {
    /// `Bedrock.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Bedrock.AccessDeniedException";
    /// `Bedrock.ConflictException`
    pub const CONFLICT: &str = "Bedrock.ConflictException";
    /// `Bedrock.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Bedrock.InternalServerException";
    /// `Bedrock.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "Bedrock.ResourceInUseException";
    /// `Bedrock.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Bedrock.ResourceNotFoundException";
    /// `Bedrock.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Bedrock.ServiceQuotaExceededException";
    /// `Bedrock.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "Bedrock.ServiceUnavailableException";
    /// `Bedrock.ThrottlingException`
    pub const THROTTLING: &str = "Bedrock.ThrottlingException";
    /// `Bedrock.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "Bedrock.TooManyTagsException";
    /// `Bedrock.ValidationException`
    pub const VALIDATION: &str = "Bedrock.ValidationException";
}

/// `aws-sdk:bedrockagent` errors.
pub mod bedrockagent {
    /// `BedrockAgent.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "BedrockAgent.AccessDeniedException";
    /// `BedrockAgent.ConflictException`
    pub const CONFLICT: &str = "BedrockAgent.ConflictException";
    /// `BedrockAgent.InternalServerException`
    pub const INTERNAL_SERVER: &str = "BedrockAgent.InternalServerException";
    /// `BedrockAgent.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "BedrockAgent.ResourceNotFoundException";
    /// `BedrockAgent.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "BedrockAgent.ServiceQuotaExceededException";
    /// `BedrockAgent.ThrottlingException`
    pub const THROTTLING: &str = "BedrockAgent.ThrottlingException";
    /// `BedrockAgent.ValidationException`
    pub const VALIDATION: &str = "BedrockAgent.ValidationException";
}

/// `aws-sdk:bedrockagentcore` errors.
pub mod bedrockagentcore {
    /// `BedrockAgentCore.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "BedrockAgentCore.AccessDeniedException";
    /// `BedrockAgentCore.ConflictException`
    pub const CONFLICT: &str = "BedrockAgentCore.ConflictException";
    /// `BedrockAgentCore.DuplicateIdException`
    pub const DUPLICATE_ID: &str = "BedrockAgentCore.DuplicateIdException";
    /// `BedrockAgentCore.InternalServerException`
    pub const INTERNAL_SERVER: &str = "BedrockAgentCore.InternalServerException";
    /// `BedrockAgentCore.InvalidInputException`
    pub const INVALID_INPUT: &str = "BedrockAgentCore.InvalidInputException";
    /// `BedrockAgentCore.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "BedrockAgentCore.ResourceNotFoundException";
    /// `BedrockAgentCore.RetryableConflictException`
    pub const RETRYABLE_CONFLICT: &str = "BedrockAgentCore.RetryableConflictException";
    /// `BedrockAgentCore.RuntimeClientErrorException`
    pub const RUNTIME_CLIENT_ERROR: &str = "BedrockAgentCore.RuntimeClientErrorException";
    /// `BedrockAgentCore.ServiceException`
    pub const SERVICE: &str = "BedrockAgentCore.ServiceException";
    /// `BedrockAgentCore.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "BedrockAgentCore.ServiceQuotaExceededException";
    /// `BedrockAgentCore.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "BedrockAgentCore.ServiceUnavailableException";
    /// `BedrockAgentCore.SubscriptionRequiredException`
    pub const SUBSCRIPTION_REQUIRED: &str = "BedrockAgentCore.SubscriptionRequiredException";
    /// `BedrockAgentCore.ThrottledException`
    pub const THROTTLED: &str = "BedrockAgentCore.ThrottledException";
    /// `BedrockAgentCore.ThrottlingException`
    pub const THROTTLING: &str = "BedrockAgentCore.ThrottlingException";
    /// `BedrockAgentCore.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "BedrockAgentCore.UnauthorizedException";
    /// `BedrockAgentCore.ValidationException`
    pub const VALIDATION: &str = "BedrockAgentCore.ValidationException";
}

/// `aws-sdk:bedrockagentcorecontrol` errors.
pub mod bedrockagentcorecontrol {
    /// `BedrockAgentCoreControl.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "BedrockAgentCoreControl.AccessDeniedException";
    /// `BedrockAgentCoreControl.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "BedrockAgentCoreControl.ConcurrentModificationException";
    /// `BedrockAgentCoreControl.ConflictException`
    pub const CONFLICT: &str = "BedrockAgentCoreControl.ConflictException";
    /// `BedrockAgentCoreControl.DecryptionFailureException`
    pub const DECRYPTION_FAILURE: &str = "BedrockAgentCoreControl.DecryptionFailureException";
    /// `BedrockAgentCoreControl.EncryptionFailureException`
    pub const ENCRYPTION_FAILURE: &str = "BedrockAgentCoreControl.EncryptionFailureException";
    /// `BedrockAgentCoreControl.InternalServerException`
    pub const INTERNAL_SERVER: &str = "BedrockAgentCoreControl.InternalServerException";
    /// `BedrockAgentCoreControl.ResourceLimitExceededException`
    pub const RESOURCE_LIMIT_EXCEEDED: &str = "BedrockAgentCoreControl.ResourceLimitExceededException";
    /// `BedrockAgentCoreControl.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "BedrockAgentCoreControl.ResourceNotFoundException";
    /// `BedrockAgentCoreControl.RetryableConflictException`
    pub const RETRYABLE_CONFLICT: &str = "BedrockAgentCoreControl.RetryableConflictException";
    /// `BedrockAgentCoreControl.ServiceException`
    pub const SERVICE: &str = "BedrockAgentCoreControl.ServiceException";
    /// `BedrockAgentCoreControl.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "BedrockAgentCoreControl.ServiceQuotaExceededException";
    /// `BedrockAgentCoreControl.SubscriptionRequiredException`
    pub const SUBSCRIPTION_REQUIRED: &str = "BedrockAgentCoreControl.SubscriptionRequiredException";
    /// `BedrockAgentCoreControl.ThrottledException`
    pub const THROTTLED: &str = "BedrockAgentCoreControl.ThrottledException";
    /// `BedrockAgentCoreControl.ThrottlingException`
    pub const THROTTLING: &str = "BedrockAgentCoreControl.ThrottlingException";
    /// `BedrockAgentCoreControl.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "BedrockAgentCoreControl.UnauthorizedException";
    /// `BedrockAgentCoreControl.ValidationException`
    pub const VALIDATION: &str = "BedrockAgentCoreControl.ValidationException";
}

/// `aws-sdk:bedrockagentruntime` errors.
pub mod bedrockagentruntime {
    /// `BedrockAgentRuntime.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "BedrockAgentRuntime.AccessDeniedException";
    /// `BedrockAgentRuntime.BadGatewayException`
    pub const BAD_GATEWAY: &str = "BedrockAgentRuntime.BadGatewayException";
    /// `BedrockAgentRuntime.ConflictException`
    pub const CONFLICT: &str = "BedrockAgentRuntime.ConflictException";
    /// `BedrockAgentRuntime.DependencyFailedException`
    pub const DEPENDENCY_FAILED: &str = "BedrockAgentRuntime.DependencyFailedException";
    /// `BedrockAgentRuntime.InternalServerException`
    pub const INTERNAL_SERVER: &str = "BedrockAgentRuntime.InternalServerException";
    /// `BedrockAgentRuntime.ModelNotReadyException`
    pub const MODEL_NOT_READY: &str = "BedrockAgentRuntime.ModelNotReadyException";
    /// `BedrockAgentRuntime.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "BedrockAgentRuntime.ResourceNotFoundException";
    /// `BedrockAgentRuntime.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "BedrockAgentRuntime.ServiceQuotaExceededException";
    /// `BedrockAgentRuntime.ThrottlingException`
    pub const THROTTLING: &str = "BedrockAgentRuntime.ThrottlingException";
    /// `BedrockAgentRuntime.ValidationException`
    pub const VALIDATION: &str = "BedrockAgentRuntime.ValidationException";
}

/// `aws-sdk:bedrockdataautomation` errors.
pub mod bedrockdataautomation {
    /// `BedrockDataAutomation.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "BedrockDataAutomation.AccessDeniedException";
    /// `BedrockDataAutomation.ConflictException`
    pub const CONFLICT: &str = "BedrockDataAutomation.ConflictException";
    /// `BedrockDataAutomation.InternalServerException`
    pub const INTERNAL_SERVER: &str = "BedrockDataAutomation.InternalServerException";
    /// `BedrockDataAutomation.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "BedrockDataAutomation.ResourceNotFoundException";
    /// `BedrockDataAutomation.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "BedrockDataAutomation.ServiceQuotaExceededException";
    /// `BedrockDataAutomation.ThrottlingException`
    pub const THROTTLING: &str = "BedrockDataAutomation.ThrottlingException";
    /// `BedrockDataAutomation.ValidationException`
    pub const VALIDATION: &str = "BedrockDataAutomation.ValidationException";
}

/// `aws-sdk:bedrockdataautomationruntime` errors.
pub mod bedrockdataautomationruntime {
    /// `BedrockDataAutomationRuntime.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "BedrockDataAutomationRuntime.AccessDeniedException";
    /// `BedrockDataAutomationRuntime.InternalServerException`
    pub const INTERNAL_SERVER: &str = "BedrockDataAutomationRuntime.InternalServerException";
    /// `BedrockDataAutomationRuntime.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "BedrockDataAutomationRuntime.ResourceNotFoundException";
    /// `BedrockDataAutomationRuntime.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "BedrockDataAutomationRuntime.ServiceQuotaExceededException";
    /// `BedrockDataAutomationRuntime.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "BedrockDataAutomationRuntime.ServiceUnavailableException";
    /// `BedrockDataAutomationRuntime.ThrottlingException`
    pub const THROTTLING: &str = "BedrockDataAutomationRuntime.ThrottlingException";
    /// `BedrockDataAutomationRuntime.ValidationException`
    pub const VALIDATION: &str = "BedrockDataAutomationRuntime.ValidationException";
}

/// `aws-sdk:bedrockruntime` errors.
pub mod bedrockruntime {
    /// `BedrockRuntime.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "BedrockRuntime.AccessDeniedException";
    /// `BedrockRuntime.ConflictException`
    pub const CONFLICT: &str = "BedrockRuntime.ConflictException";
    /// `BedrockRuntime.InternalServerException`
    pub const INTERNAL_SERVER: &str = "BedrockRuntime.InternalServerException";
    /// `BedrockRuntime.ModelErrorException`
    pub const MODEL_ERROR: &str = "BedrockRuntime.ModelErrorException";
    /// `BedrockRuntime.ModelNotReadyException`
    pub const MODEL_NOT_READY: &str = "BedrockRuntime.ModelNotReadyException";
    /// `BedrockRuntime.ModelStreamErrorException`
    pub const MODEL_STREAM_ERROR: &str = "BedrockRuntime.ModelStreamErrorException";
    /// `BedrockRuntime.ModelTimeoutException`
    pub const MODEL_TIMEOUT: &str = "BedrockRuntime.ModelTimeoutException";
    /// `BedrockRuntime.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "BedrockRuntime.ResourceNotFoundException";
    /// `BedrockRuntime.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "BedrockRuntime.ServiceQuotaExceededException";
    /// `BedrockRuntime.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "BedrockRuntime.ServiceUnavailableException";
    /// `BedrockRuntime.ThrottlingException`
    pub const THROTTLING: &str = "BedrockRuntime.ThrottlingException";
    /// `BedrockRuntime.ValidationException`
    pub const VALIDATION: &str = "BedrockRuntime.ValidationException";
}

/// `aws-sdk:billing` errors.
pub mod billing {
    /// `Billing.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Billing.AccessDeniedException";
    /// `Billing.BillingViewHealthStatusException`
    pub const BILLING_VIEW_HEALTH_STATUS: &str = "Billing.BillingViewHealthStatusException";
    /// `Billing.ConflictException`
    pub const CONFLICT: &str = "Billing.ConflictException";
    /// `Billing.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Billing.InternalServerException";
    /// `Billing.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Billing.ResourceNotFoundException";
    /// `Billing.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Billing.ServiceQuotaExceededException";
    /// `Billing.ThrottlingException`
    pub const THROTTLING: &str = "Billing.ThrottlingException";
    /// `Billing.ValidationException`
    pub const VALIDATION: &str = "Billing.ValidationException";
}

/// `aws-sdk:billingconductor` errors.
pub mod billingconductor {
    /// `Billingconductor.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Billingconductor.AccessDeniedException";
    /// `Billingconductor.ConflictException`
    pub const CONFLICT: &str = "Billingconductor.ConflictException";
    /// `Billingconductor.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Billingconductor.InternalServerException";
    /// `Billingconductor.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Billingconductor.ResourceNotFoundException";
    /// `Billingconductor.ServiceLimitExceededException`
    pub const SERVICE_LIMIT_EXCEEDED: &str = "Billingconductor.ServiceLimitExceededException";
    /// `Billingconductor.ThrottlingException`
    pub const THROTTLING: &str = "Billingconductor.ThrottlingException";
    /// `Billingconductor.ValidationException`
    pub const VALIDATION: &str = "Billingconductor.ValidationException";
}

/// `aws-sdk:braket` errors.
pub mod braket {
    /// `Braket.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Braket.AccessDeniedException";
    /// `Braket.ConflictException`
    pub const CONFLICT: &str = "Braket.ConflictException";
    /// `Braket.DeviceOfflineException`
    pub const DEVICE_OFFLINE: &str = "Braket.DeviceOfflineException";
    /// `Braket.DeviceRetiredException`
    pub const DEVICE_RETIRED: &str = "Braket.DeviceRetiredException";
    /// `Braket.InternalServiceException`
    pub const INTERNAL_SERVICE: &str = "Braket.InternalServiceException";
    /// `Braket.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Braket.ResourceNotFoundException";
    /// `Braket.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Braket.ServiceQuotaExceededException";
    /// `Braket.ThrottlingException`
    pub const THROTTLING: &str = "Braket.ThrottlingException";
    /// `Braket.ValidationException`
    pub const VALIDATION: &str = "Braket.ValidationException";
}

/// `aws-sdk:budgets` errors.
pub mod budgets {
    /// `Budgets.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Budgets.AccessDeniedException";
    /// `Budgets.BillingViewHealthStatusException`
    pub const BILLING_VIEW_HEALTH_STATUS: &str = "Budgets.BillingViewHealthStatusException";
    /// `Budgets.CreationLimitExceededException`
    pub const CREATION_LIMIT_EXCEEDED: &str = "Budgets.CreationLimitExceededException";
    /// `Budgets.DuplicateRecordException`
    pub const DUPLICATE_RECORD: &str = "Budgets.DuplicateRecordException";
    /// `Budgets.ExpiredNextTokenException`
    pub const EXPIRED_NEXT_TOKEN: &str = "Budgets.ExpiredNextTokenException";
    /// `Budgets.InternalErrorException`
    pub const INTERNAL_ERROR: &str = "Budgets.InternalErrorException";
    /// `Budgets.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "Budgets.InvalidNextTokenException";
    /// `Budgets.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "Budgets.InvalidParameterException";
    /// `Budgets.NotFoundException`
    pub const NOT_FOUND: &str = "Budgets.NotFoundException";
    /// `Budgets.ResourceLockedException`
    pub const RESOURCE_LOCKED: &str = "Budgets.ResourceLockedException";
    /// `Budgets.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Budgets.ServiceQuotaExceededException";
    /// `Budgets.ThrottlingException`
    pub const THROTTLING: &str = "Budgets.ThrottlingException";
}

/// `aws-sdk:chatbot` errors.
pub mod chatbot {
    /// `Chatbot.ConflictException`
    pub const CONFLICT: &str = "Chatbot.ConflictException";
    /// `Chatbot.CreateChimeWebhookConfigurationException`
    pub const CREATE_CHIME_WEBHOOK_CONFIGURATION: &str = "Chatbot.CreateChimeWebhookConfigurationException";
    /// `Chatbot.CreateSlackChannelConfigurationException`
    pub const CREATE_SLACK_CHANNEL_CONFIGURATION: &str = "Chatbot.CreateSlackChannelConfigurationException";
    /// `Chatbot.CreateTeamsChannelConfigurationException`
    pub const CREATE_TEAMS_CHANNEL_CONFIGURATION: &str = "Chatbot.CreateTeamsChannelConfigurationException";
    /// `Chatbot.DeleteChimeWebhookConfigurationException`
    pub const DELETE_CHIME_WEBHOOK_CONFIGURATION: &str = "Chatbot.DeleteChimeWebhookConfigurationException";
    /// `Chatbot.DeleteMicrosoftTeamsUserIdentityException`
    pub const DELETE_MICROSOFT_TEAMS_USER_IDENTITY: &str = "Chatbot.DeleteMicrosoftTeamsUserIdentityException";
    /// `Chatbot.DeleteSlackChannelConfigurationException`
    pub const DELETE_SLACK_CHANNEL_CONFIGURATION: &str = "Chatbot.DeleteSlackChannelConfigurationException";
    /// `Chatbot.DeleteSlackUserIdentityException`
    pub const DELETE_SLACK_USER_IDENTITY: &str = "Chatbot.DeleteSlackUserIdentityException";
    /// `Chatbot.DeleteSlackWorkspaceAuthorizationFaultException`
    pub const DELETE_SLACK_WORKSPACE_AUTHORIZATION_FAULT: &str = "Chatbot.DeleteSlackWorkspaceAuthorizationFaultException";
    /// `Chatbot.DeleteTeamsChannelConfigurationException`
    pub const DELETE_TEAMS_CHANNEL_CONFIGURATION: &str = "Chatbot.DeleteTeamsChannelConfigurationException";
    /// `Chatbot.DeleteTeamsConfiguredTeamException`
    pub const DELETE_TEAMS_CONFIGURED_TEAM: &str = "Chatbot.DeleteTeamsConfiguredTeamException";
    /// `Chatbot.DescribeChimeWebhookConfigurationsException`
    pub const DESCRIBE_CHIME_WEBHOOK_CONFIGURATIONS: &str = "Chatbot.DescribeChimeWebhookConfigurationsException";
    /// `Chatbot.DescribeSlackChannelConfigurationsException`
    pub const DESCRIBE_SLACK_CHANNEL_CONFIGURATIONS: &str = "Chatbot.DescribeSlackChannelConfigurationsException";
    /// `Chatbot.DescribeSlackUserIdentitiesException`
    pub const DESCRIBE_SLACK_USER_IDENTITIES: &str = "Chatbot.DescribeSlackUserIdentitiesException";
    /// `Chatbot.DescribeSlackWorkspacesException`
    pub const DESCRIBE_SLACK_WORKSPACES: &str = "Chatbot.DescribeSlackWorkspacesException";
    /// `Chatbot.GetAccountPreferencesException`
    pub const GET_ACCOUNT_PREFERENCES: &str = "Chatbot.GetAccountPreferencesException";
    /// `Chatbot.GetTeamsChannelConfigurationException`
    pub const GET_TEAMS_CHANNEL_CONFIGURATION: &str = "Chatbot.GetTeamsChannelConfigurationException";
    /// `Chatbot.InternalServiceErrorException`
    pub const INTERNAL_SERVICE_ERROR: &str = "Chatbot.InternalServiceErrorException";
    /// `Chatbot.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "Chatbot.InvalidParameterException";
    /// `Chatbot.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "Chatbot.InvalidRequestException";
    /// `Chatbot.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Chatbot.LimitExceededException";
    /// `Chatbot.ListMicrosoftTeamsConfiguredTeamsException`
    pub const LIST_MICROSOFT_TEAMS_CONFIGURED_TEAMS: &str = "Chatbot.ListMicrosoftTeamsConfiguredTeamsException";
    /// `Chatbot.ListMicrosoftTeamsUserIdentitiesException`
    pub const LIST_MICROSOFT_TEAMS_USER_IDENTITIES: &str = "Chatbot.ListMicrosoftTeamsUserIdentitiesException";
    /// `Chatbot.ListTeamsChannelConfigurationsException`
    pub const LIST_TEAMS_CHANNEL_CONFIGURATIONS: &str = "Chatbot.ListTeamsChannelConfigurationsException";
    /// `Chatbot.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Chatbot.ResourceNotFoundException";
    /// `Chatbot.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "Chatbot.ServiceUnavailableException";
    /// `Chatbot.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "Chatbot.TooManyTagsException";
    /// `Chatbot.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "Chatbot.UnauthorizedException";
    /// `Chatbot.UpdateAccountPreferencesException`
    pub const UPDATE_ACCOUNT_PREFERENCES: &str = "Chatbot.UpdateAccountPreferencesException";
    /// `Chatbot.UpdateChimeWebhookConfigurationException`
    pub const UPDATE_CHIME_WEBHOOK_CONFIGURATION: &str = "Chatbot.UpdateChimeWebhookConfigurationException";
    /// `Chatbot.UpdateSlackChannelConfigurationException`
    pub const UPDATE_SLACK_CHANNEL_CONFIGURATION: &str = "Chatbot.UpdateSlackChannelConfigurationException";
    /// `Chatbot.UpdateTeamsChannelConfigurationException`
    pub const UPDATE_TEAMS_CHANNEL_CONFIGURATION: &str = "Chatbot.UpdateTeamsChannelConfigurationException";
}

/// `aws-sdk:chime` errors.
pub mod chime {
    /// `Chime.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Chime.AccessDeniedException";
    /// `Chime.BadRequestException`
    pub const BAD_REQUEST: &str = "Chime.BadRequestException";
    /// `Chime.ConflictException`
    pub const CONFLICT: &str = "Chime.ConflictException";
    /// `Chime.ForbiddenException`
    pub const FORBIDDEN: &str = "Chime.ForbiddenException";
    /// `Chime.NotFoundException`
    pub const NOT_FOUND: &str = "Chime.NotFoundException";
    /// `Chime.ResourceLimitExceededException`
    pub const RESOURCE_LIMIT_EXCEEDED: &str = "Chime.ResourceLimitExceededException";
    /// `Chime.ServiceFailureException`
    pub const SERVICE_FAILURE: &str = "Chime.ServiceFailureException";
    /// `Chime.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "Chime.ServiceUnavailableException";
    /// `Chime.ThrottledClientException`
    pub const THROTTLED_CLIENT: &str = "Chime.ThrottledClientException";
    /// `Chime.UnauthorizedClientException`
    pub const UNAUTHORIZED_CLIENT: &str = "Chime.UnauthorizedClientException";
    /// `Chime.UnprocessableEntityException`
    pub const UNPROCESSABLE_ENTITY: &str = "Chime.UnprocessableEntityException";
}

/// `aws-sdk:chimesdkidentity` errors.
pub mod chimesdkidentity {
    /// `ChimeSdkIdentity.BadRequestException`
    pub const BAD_REQUEST: &str = "ChimeSdkIdentity.BadRequestException";
    /// `ChimeSdkIdentity.ConflictException`
    pub const CONFLICT: &str = "ChimeSdkIdentity.ConflictException";
    /// `ChimeSdkIdentity.ForbiddenException`
    pub const FORBIDDEN: &str = "ChimeSdkIdentity.ForbiddenException";
    /// `ChimeSdkIdentity.NotFoundException`
    pub const NOT_FOUND: &str = "ChimeSdkIdentity.NotFoundException";
    /// `ChimeSdkIdentity.ResourceLimitExceededException`
    pub const RESOURCE_LIMIT_EXCEEDED: &str = "ChimeSdkIdentity.ResourceLimitExceededException";
    /// `ChimeSdkIdentity.ServiceFailureException`
    pub const SERVICE_FAILURE: &str = "ChimeSdkIdentity.ServiceFailureException";
    /// `ChimeSdkIdentity.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "ChimeSdkIdentity.ServiceUnavailableException";
    /// `ChimeSdkIdentity.ThrottledClientException`
    pub const THROTTLED_CLIENT: &str = "ChimeSdkIdentity.ThrottledClientException";
    /// `ChimeSdkIdentity.UnauthorizedClientException`
    pub const UNAUTHORIZED_CLIENT: &str = "ChimeSdkIdentity.UnauthorizedClientException";
}

/// `aws-sdk:chimesdkmediapipelines` errors.
pub mod chimesdkmediapipelines {
    /// `ChimeSdkMediaPipelines.BadRequestException`
    pub const BAD_REQUEST: &str = "ChimeSdkMediaPipelines.BadRequestException";
    /// `ChimeSdkMediaPipelines.ConflictException`
    pub const CONFLICT: &str = "ChimeSdkMediaPipelines.ConflictException";
    /// `ChimeSdkMediaPipelines.ForbiddenException`
    pub const FORBIDDEN: &str = "ChimeSdkMediaPipelines.ForbiddenException";
    /// `ChimeSdkMediaPipelines.NotFoundException`
    pub const NOT_FOUND: &str = "ChimeSdkMediaPipelines.NotFoundException";
    /// `ChimeSdkMediaPipelines.ResourceLimitExceededException`
    pub const RESOURCE_LIMIT_EXCEEDED: &str = "ChimeSdkMediaPipelines.ResourceLimitExceededException";
    /// `ChimeSdkMediaPipelines.ServiceFailureException`
    pub const SERVICE_FAILURE: &str = "ChimeSdkMediaPipelines.ServiceFailureException";
    /// `ChimeSdkMediaPipelines.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "ChimeSdkMediaPipelines.ServiceUnavailableException";
    /// `ChimeSdkMediaPipelines.ThrottledClientException`
    pub const THROTTLED_CLIENT: &str = "ChimeSdkMediaPipelines.ThrottledClientException";
    /// `ChimeSdkMediaPipelines.UnauthorizedClientException`
    pub const UNAUTHORIZED_CLIENT: &str = "ChimeSdkMediaPipelines.UnauthorizedClientException";
}

/// `aws-sdk:chimesdkmeetings` errors.
pub mod chimesdkmeetings {
    /// `ChimeSdkMeetings.BadRequestException`
    pub const BAD_REQUEST: &str = "ChimeSdkMeetings.BadRequestException";
    /// `ChimeSdkMeetings.ConflictException`
    pub const CONFLICT: &str = "ChimeSdkMeetings.ConflictException";
    /// `ChimeSdkMeetings.ForbiddenException`
    pub const FORBIDDEN: &str = "ChimeSdkMeetings.ForbiddenException";
    /// `ChimeSdkMeetings.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "ChimeSdkMeetings.LimitExceededException";
    /// `ChimeSdkMeetings.NotFoundException`
    pub const NOT_FOUND: &str = "ChimeSdkMeetings.NotFoundException";
    /// `ChimeSdkMeetings.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ChimeSdkMeetings.ResourceNotFoundException";
    /// `ChimeSdkMeetings.ServiceFailureException`
    pub const SERVICE_FAILURE: &str = "ChimeSdkMeetings.ServiceFailureException";
    /// `ChimeSdkMeetings.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "ChimeSdkMeetings.ServiceUnavailableException";
    /// `ChimeSdkMeetings.ThrottlingException`
    pub const THROTTLING: &str = "ChimeSdkMeetings.ThrottlingException";
    /// `ChimeSdkMeetings.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "ChimeSdkMeetings.TooManyTagsException";
    /// `ChimeSdkMeetings.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "ChimeSdkMeetings.UnauthorizedException";
    /// `ChimeSdkMeetings.UnprocessableEntityException`
    pub const UNPROCESSABLE_ENTITY: &str = "ChimeSdkMeetings.UnprocessableEntityException";
}

/// `aws-sdk:chimesdkmessaging` errors.
pub mod chimesdkmessaging {
    /// `ChimeSdkMessaging.BadRequestException`
    pub const BAD_REQUEST: &str = "ChimeSdkMessaging.BadRequestException";
    /// `ChimeSdkMessaging.ConflictException`
    pub const CONFLICT: &str = "ChimeSdkMessaging.ConflictException";
    /// `ChimeSdkMessaging.ForbiddenException`
    pub const FORBIDDEN: &str = "ChimeSdkMessaging.ForbiddenException";
    /// `ChimeSdkMessaging.NotFoundException`
    pub const NOT_FOUND: &str = "ChimeSdkMessaging.NotFoundException";
    /// `ChimeSdkMessaging.ResourceLimitExceededException`
    pub const RESOURCE_LIMIT_EXCEEDED: &str = "ChimeSdkMessaging.ResourceLimitExceededException";
    /// `ChimeSdkMessaging.ServiceFailureException`
    pub const SERVICE_FAILURE: &str = "ChimeSdkMessaging.ServiceFailureException";
    /// `ChimeSdkMessaging.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "ChimeSdkMessaging.ServiceUnavailableException";
    /// `ChimeSdkMessaging.ThrottledClientException`
    pub const THROTTLED_CLIENT: &str = "ChimeSdkMessaging.ThrottledClientException";
    /// `ChimeSdkMessaging.UnauthorizedClientException`
    pub const UNAUTHORIZED_CLIENT: &str = "ChimeSdkMessaging.UnauthorizedClientException";
}

/// `aws-sdk:chimesdkvoice` errors.
pub mod chimesdkvoice {
    /// `ChimeSdkVoice.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "ChimeSdkVoice.AccessDeniedException";
    /// `ChimeSdkVoice.BadRequestException`
    pub const BAD_REQUEST: &str = "ChimeSdkVoice.BadRequestException";
    /// `ChimeSdkVoice.ConflictException`
    pub const CONFLICT: &str = "ChimeSdkVoice.ConflictException";
    /// `ChimeSdkVoice.ForbiddenException`
    pub const FORBIDDEN: &str = "ChimeSdkVoice.ForbiddenException";
    /// `ChimeSdkVoice.GoneException`
    pub const GONE: &str = "ChimeSdkVoice.GoneException";
    /// `ChimeSdkVoice.NotFoundException`
    pub const NOT_FOUND: &str = "ChimeSdkVoice.NotFoundException";
    /// `ChimeSdkVoice.ResourceLimitExceededException`
    pub const RESOURCE_LIMIT_EXCEEDED: &str = "ChimeSdkVoice.ResourceLimitExceededException";
    /// `ChimeSdkVoice.ServiceFailureException`
    pub const SERVICE_FAILURE: &str = "ChimeSdkVoice.ServiceFailureException";
    /// `ChimeSdkVoice.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "ChimeSdkVoice.ServiceUnavailableException";
    /// `ChimeSdkVoice.ThrottledClientException`
    pub const THROTTLED_CLIENT: &str = "ChimeSdkVoice.ThrottledClientException";
    /// `ChimeSdkVoice.UnauthorizedClientException`
    pub const UNAUTHORIZED_CLIENT: &str = "ChimeSdkVoice.UnauthorizedClientException";
    /// `ChimeSdkVoice.UnprocessableEntityException`
    pub const UNPROCESSABLE_ENTITY: &str = "ChimeSdkVoice.UnprocessableEntityException";
}

/// `aws-sdk:cleanrooms` errors.
pub mod cleanrooms {
    /// `CleanRooms.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "CleanRooms.AccessDeniedException";
    /// `CleanRooms.ConflictException`
    pub const CONFLICT: &str = "CleanRooms.ConflictException";
    /// `CleanRooms.InternalServerException`
    pub const INTERNAL_SERVER: &str = "CleanRooms.InternalServerException";
    /// `CleanRooms.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "CleanRooms.ResourceNotFoundException";
    /// `CleanRooms.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "CleanRooms.ServiceQuotaExceededException";
    /// `CleanRooms.ThrottlingException`
    pub const THROTTLING: &str = "CleanRooms.ThrottlingException";
    /// `CleanRooms.ValidationException`
    pub const VALIDATION: &str = "CleanRooms.ValidationException";
}

/// `aws-sdk:cleanroomsml` errors.
pub mod cleanroomsml {
    /// `CleanRoomsMl.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "CleanRoomsMl.AccessDeniedException";
    /// `CleanRoomsMl.ConflictException`
    pub const CONFLICT: &str = "CleanRoomsMl.ConflictException";
    /// `CleanRoomsMl.InternalServiceException`
    pub const INTERNAL_SERVICE: &str = "CleanRoomsMl.InternalServiceException";
    /// `CleanRoomsMl.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "CleanRoomsMl.ResourceNotFoundException";
    /// `CleanRoomsMl.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "CleanRoomsMl.ServiceQuotaExceededException";
    /// `CleanRoomsMl.ThrottlingException`
    pub const THROTTLING: &str = "CleanRoomsMl.ThrottlingException";
    /// `CleanRoomsMl.ValidationException`
    pub const VALIDATION: &str = "CleanRoomsMl.ValidationException";
}

/// `aws-sdk:cloud9` errors.
pub mod cloud9 {
    /// `Cloud9.BadRequestException`
    pub const BAD_REQUEST: &str = "Cloud9.BadRequestException";
    /// `Cloud9.ConcurrentAccessException`
    pub const CONCURRENT_ACCESS: &str = "Cloud9.ConcurrentAccessException";
    /// `Cloud9.ConflictException`
    pub const CONFLICT: &str = "Cloud9.ConflictException";
    /// `Cloud9.ForbiddenException`
    pub const FORBIDDEN: &str = "Cloud9.ForbiddenException";
    /// `Cloud9.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "Cloud9.InternalServerErrorException";
    /// `Cloud9.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Cloud9.LimitExceededException";
    /// `Cloud9.NotFoundException`
    pub const NOT_FOUND: &str = "Cloud9.NotFoundException";
    /// `Cloud9.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "Cloud9.TooManyRequestsException";
}

/// `aws-sdk:cloudcontrol` errors.
pub mod cloudcontrol {
    /// `CloudControl.AlreadyExistsException`
    pub const ALREADY_EXISTS: &str = "CloudControl.AlreadyExistsException";
    /// `CloudControl.ClientTokenConflictException`
    pub const CLIENT_TOKEN_CONFLICT: &str = "CloudControl.ClientTokenConflictException";
    /// `CloudControl.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "CloudControl.ConcurrentModificationException";
    /// `CloudControl.ConcurrentOperationException`
    pub const CONCURRENT_OPERATION: &str = "CloudControl.ConcurrentOperationException";
    /// `CloudControl.GeneralServiceException`
    pub const GENERAL_SERVICE: &str = "CloudControl.GeneralServiceException";
    /// `CloudControl.HandlerFailureException`
    pub const HANDLER_FAILURE: &str = "CloudControl.HandlerFailureException";
    /// `CloudControl.HandlerInternalFailureException`
    pub const HANDLER_INTERNAL_FAILURE: &str = "CloudControl.HandlerInternalFailureException";
    /// `CloudControl.InvalidCredentialsException`
    pub const INVALID_CREDENTIALS: &str = "CloudControl.InvalidCredentialsException";
    /// `CloudControl.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "CloudControl.InvalidRequestException";
    /// `CloudControl.NetworkFailureException`
    pub const NETWORK_FAILURE: &str = "CloudControl.NetworkFailureException";
    /// `CloudControl.NotStabilizedException`
    pub const NOT_STABILIZED: &str = "CloudControl.NotStabilizedException";
    /// `CloudControl.NotUpdatableException`
    pub const NOT_UPDATABLE: &str = "CloudControl.NotUpdatableException";
    /// `CloudControl.PrivateTypeException`
    pub const PRIVATE_TYPE: &str = "CloudControl.PrivateTypeException";
    /// `CloudControl.RequestTokenNotFoundException`
    pub const REQUEST_TOKEN_NOT_FOUND: &str = "CloudControl.RequestTokenNotFoundException";
    /// `CloudControl.ResourceConflictException`
    pub const RESOURCE_CONFLICT: &str = "CloudControl.ResourceConflictException";
    /// `CloudControl.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "CloudControl.ResourceNotFoundException";
    /// `CloudControl.ServiceInternalErrorException`
    pub const SERVICE_INTERNAL_ERROR: &str = "CloudControl.ServiceInternalErrorException";
    /// `CloudControl.ServiceLimitExceededException`
    pub const SERVICE_LIMIT_EXCEEDED: &str = "CloudControl.ServiceLimitExceededException";
    /// `CloudControl.ThrottlingException`
    pub const THROTTLING: &str = "CloudControl.ThrottlingException";
    /// `CloudControl.TypeNotFoundException`
    pub const TYPE_NOT_FOUND: &str = "CloudControl.TypeNotFoundException";
    /// `CloudControl.UnsupportedActionException`
    pub const UNSUPPORTED_ACTION: &str = "CloudControl.UnsupportedActionException";
}

/// `aws-sdk:clouddirectory` errors.
pub mod clouddirectory {
    /// `CloudDirectory.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "CloudDirectory.AccessDeniedException";
    /// `CloudDirectory.BatchWriteException`
    pub const BATCH_WRITE: &str = "CloudDirectory.BatchWriteException";
    /// `CloudDirectory.CannotListParentOfRootException`
    pub const CANNOT_LIST_PARENT_OF_ROOT: &str = "CloudDirectory.CannotListParentOfRootException";
    /// `CloudDirectory.DirectoryAlreadyExistsException`
    pub const DIRECTORY_ALREADY_EXISTS: &str = "CloudDirectory.DirectoryAlreadyExistsException";
    /// `CloudDirectory.DirectoryDeletedException`
    pub const DIRECTORY_DELETED: &str = "CloudDirectory.DirectoryDeletedException";
    /// `CloudDirectory.DirectoryNotDisabledException`
    pub const DIRECTORY_NOT_DISABLED: &str = "CloudDirectory.DirectoryNotDisabledException";
    /// `CloudDirectory.DirectoryNotEnabledException`
    pub const DIRECTORY_NOT_ENABLED: &str = "CloudDirectory.DirectoryNotEnabledException";
    /// `CloudDirectory.FacetAlreadyExistsException`
    pub const FACET_ALREADY_EXISTS: &str = "CloudDirectory.FacetAlreadyExistsException";
    /// `CloudDirectory.FacetInUseException`
    pub const FACET_IN_USE: &str = "CloudDirectory.FacetInUseException";
    /// `CloudDirectory.FacetNotFoundException`
    pub const FACET_NOT_FOUND: &str = "CloudDirectory.FacetNotFoundException";
    /// `CloudDirectory.FacetValidationException`
    pub const FACET_VALIDATION: &str = "CloudDirectory.FacetValidationException";
    /// `CloudDirectory.IncompatibleSchemaException`
    pub const INCOMPATIBLE_SCHEMA: &str = "CloudDirectory.IncompatibleSchemaException";
    /// `CloudDirectory.IndexedAttributeMissingException`
    pub const INDEXED_ATTRIBUTE_MISSING: &str = "CloudDirectory.IndexedAttributeMissingException";
    /// `CloudDirectory.InternalServiceException`
    pub const INTERNAL_SERVICE: &str = "CloudDirectory.InternalServiceException";
    /// `CloudDirectory.InvalidArnException`
    pub const INVALID_ARN: &str = "CloudDirectory.InvalidArnException";
    /// `CloudDirectory.InvalidAttachmentException`
    pub const INVALID_ATTACHMENT: &str = "CloudDirectory.InvalidAttachmentException";
    /// `CloudDirectory.InvalidFacetUpdateException`
    pub const INVALID_FACET_UPDATE: &str = "CloudDirectory.InvalidFacetUpdateException";
    /// `CloudDirectory.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "CloudDirectory.InvalidNextTokenException";
    /// `CloudDirectory.InvalidRuleException`
    pub const INVALID_RULE: &str = "CloudDirectory.InvalidRuleException";
    /// `CloudDirectory.InvalidSchemaDocException`
    pub const INVALID_SCHEMA_DOC: &str = "CloudDirectory.InvalidSchemaDocException";
    /// `CloudDirectory.InvalidTaggingRequestException`
    pub const INVALID_TAGGING_REQUEST: &str = "CloudDirectory.InvalidTaggingRequestException";
    /// `CloudDirectory.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "CloudDirectory.LimitExceededException";
    /// `CloudDirectory.LinkNameAlreadyInUseException`
    pub const LINK_NAME_ALREADY_IN_USE: &str = "CloudDirectory.LinkNameAlreadyInUseException";
    /// `CloudDirectory.NotIndexException`
    pub const NOT_INDEX: &str = "CloudDirectory.NotIndexException";
    /// `CloudDirectory.NotNodeException`
    pub const NOT_NODE: &str = "CloudDirectory.NotNodeException";
    /// `CloudDirectory.NotPolicyException`
    pub const NOT_POLICY: &str = "CloudDirectory.NotPolicyException";
    /// `CloudDirectory.ObjectAlreadyDetachedException`
    pub const OBJECT_ALREADY_DETACHED: &str = "CloudDirectory.ObjectAlreadyDetachedException";
    /// `CloudDirectory.ObjectNotDetachedException`
    pub const OBJECT_NOT_DETACHED: &str = "CloudDirectory.ObjectNotDetachedException";
    /// `CloudDirectory.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "CloudDirectory.ResourceNotFoundException";
    /// `CloudDirectory.RetryableConflictException`
    pub const RETRYABLE_CONFLICT: &str = "CloudDirectory.RetryableConflictException";
    /// `CloudDirectory.SchemaAlreadyExistsException`
    pub const SCHEMA_ALREADY_EXISTS: &str = "CloudDirectory.SchemaAlreadyExistsException";
    /// `CloudDirectory.SchemaAlreadyPublishedException`
    pub const SCHEMA_ALREADY_PUBLISHED: &str = "CloudDirectory.SchemaAlreadyPublishedException";
    /// `CloudDirectory.StillContainsLinksException`
    pub const STILL_CONTAINS_LINKS: &str = "CloudDirectory.StillContainsLinksException";
    /// `CloudDirectory.UnsupportedIndexTypeException`
    pub const UNSUPPORTED_INDEX_TYPE: &str = "CloudDirectory.UnsupportedIndexTypeException";
    /// `CloudDirectory.ValidationException`
    pub const VALIDATION: &str = "CloudDirectory.ValidationException";
}

/// `aws-sdk:cloudformation` errors.
pub mod cloudformation {
    /// `CloudFormation.AlreadyExistsException`
    pub const ALREADY_EXISTS: &str = "CloudFormation.AlreadyExistsException";
    /// `CloudFormation.CFNRegistryException`
    pub const CFN_REGISTRY: &str = "CloudFormation.CFNRegistryException";
    /// `CloudFormation.ChangeSetNotFoundException`
    pub const CHANGE_SET_NOT_FOUND: &str = "CloudFormation.ChangeSetNotFoundException";
    /// `CloudFormation.ConcurrentResourcesLimitExceededException`
    pub const CONCURRENT_RESOURCES_LIMIT_EXCEEDED: &str = "CloudFormation.ConcurrentResourcesLimitExceededException";
    /// `CloudFormation.CreatedButModifiedException`
    pub const CREATED_BUT_MODIFIED: &str = "CloudFormation.CreatedButModifiedException";
    /// `CloudFormation.GeneratedTemplateNotFoundException`
    pub const GENERATED_TEMPLATE_NOT_FOUND: &str = "CloudFormation.GeneratedTemplateNotFoundException";
    /// `CloudFormation.HookResultNotFoundException`
    pub const HOOK_RESULT_NOT_FOUND: &str = "CloudFormation.HookResultNotFoundException";
    /// `CloudFormation.InsufficientCapabilitiesException`
    pub const INSUFFICIENT_CAPABILITIES: &str = "CloudFormation.InsufficientCapabilitiesException";
    /// `CloudFormation.InvalidChangeSetStatusException`
    pub const INVALID_CHANGE_SET_STATUS: &str = "CloudFormation.InvalidChangeSetStatusException";
    /// `CloudFormation.InvalidOperationException`
    pub const INVALID_OPERATION: &str = "CloudFormation.InvalidOperationException";
    /// `CloudFormation.InvalidStateTransitionException`
    pub const INVALID_STATE_TRANSITION: &str = "CloudFormation.InvalidStateTransitionException";
    /// `CloudFormation.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "CloudFormation.LimitExceededException";
    /// `CloudFormation.NameAlreadyExistsException`
    pub const NAME_ALREADY_EXISTS: &str = "CloudFormation.NameAlreadyExistsException";
    /// `CloudFormation.OperationIdAlreadyExistsException`
    pub const OPERATION_ID_ALREADY_EXISTS: &str = "CloudFormation.OperationIdAlreadyExistsException";
    /// `CloudFormation.OperationInProgressException`
    pub const OPERATION_IN_PROGRESS: &str = "CloudFormation.OperationInProgressException";
    /// `CloudFormation.OperationNotFoundException`
    pub const OPERATION_NOT_FOUND: &str = "CloudFormation.OperationNotFoundException";
    /// `CloudFormation.OperationStatusCheckFailedException`
    pub const OPERATION_STATUS_CHECK_FAILED: &str = "CloudFormation.OperationStatusCheckFailedException";
    /// `CloudFormation.ResourceScanInProgressException`
    pub const RESOURCE_SCAN_IN_PROGRESS: &str = "CloudFormation.ResourceScanInProgressException";
    /// `CloudFormation.ResourceScanLimitExceededException`
    pub const RESOURCE_SCAN_LIMIT_EXCEEDED: &str = "CloudFormation.ResourceScanLimitExceededException";
    /// `CloudFormation.ResourceScanNotFoundException`
    pub const RESOURCE_SCAN_NOT_FOUND: &str = "CloudFormation.ResourceScanNotFoundException";
    /// `CloudFormation.StackInstanceNotFoundException`
    pub const STACK_INSTANCE_NOT_FOUND: &str = "CloudFormation.StackInstanceNotFoundException";
    /// `CloudFormation.StackNotFoundException`
    pub const STACK_NOT_FOUND: &str = "CloudFormation.StackNotFoundException";
    /// `CloudFormation.StackRefactorNotFoundException`
    pub const STACK_REFACTOR_NOT_FOUND: &str = "CloudFormation.StackRefactorNotFoundException";
    /// `CloudFormation.StackSetNotEmptyException`
    pub const STACK_SET_NOT_EMPTY: &str = "CloudFormation.StackSetNotEmptyException";
    /// `CloudFormation.StackSetNotFoundException`
    pub const STACK_SET_NOT_FOUND: &str = "CloudFormation.StackSetNotFoundException";
    /// `CloudFormation.StaleRequestException`
    pub const STALE_REQUEST: &str = "CloudFormation.StaleRequestException";
    /// `CloudFormation.TokenAlreadyExistsException`
    pub const TOKEN_ALREADY_EXISTS: &str = "CloudFormation.TokenAlreadyExistsException";
    /// `CloudFormation.TypeConfigurationNotFoundException`
    pub const TYPE_CONFIGURATION_NOT_FOUND: &str = "CloudFormation.TypeConfigurationNotFoundException";
    /// `CloudFormation.TypeNotFoundException`
    pub const TYPE_NOT_FOUND: &str = "CloudFormation.TypeNotFoundException";
}

/// `aws-sdk:cloudfront` errors.
pub mod cloudfront {
    /// `CloudFront.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "CloudFront.AccessDeniedException";
    /// `CloudFront.BatchTooLargeException`
    pub const BATCH_TOO_LARGE: &str = "CloudFront.BatchTooLargeException";
    /// `CloudFront.CNAMEAlreadyExistsException`
    pub const CNAME_ALREADY_EXISTS: &str = "CloudFront.CNAMEAlreadyExistsException";
    /// `CloudFront.CachePolicyAlreadyExistsException`
    pub const CACHE_POLICY_ALREADY_EXISTS: &str = "CloudFront.CachePolicyAlreadyExistsException";
    /// `CloudFront.CachePolicyInUseException`
    pub const CACHE_POLICY_IN_USE: &str = "CloudFront.CachePolicyInUseException";
    /// `CloudFront.CannotChangeImmutablePublicKeyFieldsException`
    pub const CANNOT_CHANGE_IMMUTABLE_PUBLIC_KEY_FIELDS: &str = "CloudFront.CannotChangeImmutablePublicKeyFieldsException";
    /// `CloudFront.CannotDeleteEntityWhileInUseException`
    pub const CANNOT_DELETE_ENTITY_WHILE_IN_USE: &str = "CloudFront.CannotDeleteEntityWhileInUseException";
    /// `CloudFront.CannotUpdateEntityWhileInUseException`
    pub const CANNOT_UPDATE_ENTITY_WHILE_IN_USE: &str = "CloudFront.CannotUpdateEntityWhileInUseException";
    /// `CloudFront.CloudFrontOriginAccessIdentityAlreadyExistsException`
    pub const CLOUD_FRONT_ORIGIN_ACCESS_IDENTITY_ALREADY_EXISTS: &str = "CloudFront.CloudFrontOriginAccessIdentityAlreadyExistsException";
    /// `CloudFront.CloudFrontOriginAccessIdentityInUseException`
    pub const CLOUD_FRONT_ORIGIN_ACCESS_IDENTITY_IN_USE: &str = "CloudFront.CloudFrontOriginAccessIdentityInUseException";
    /// `CloudFront.ContinuousDeploymentPolicyAlreadyExistsException`
    pub const CONTINUOUS_DEPLOYMENT_POLICY_ALREADY_EXISTS: &str = "CloudFront.ContinuousDeploymentPolicyAlreadyExistsException";
    /// `CloudFront.ContinuousDeploymentPolicyInUseException`
    pub const CONTINUOUS_DEPLOYMENT_POLICY_IN_USE: &str = "CloudFront.ContinuousDeploymentPolicyInUseException";
    /// `CloudFront.DistributionAlreadyExistsException`
    pub const DISTRIBUTION_ALREADY_EXISTS: &str = "CloudFront.DistributionAlreadyExistsException";
    /// `CloudFront.DistributionNotDisabledException`
    pub const DISTRIBUTION_NOT_DISABLED: &str = "CloudFront.DistributionNotDisabledException";
    /// `CloudFront.EntityAlreadyExistsException`
    pub const ENTITY_ALREADY_EXISTS: &str = "CloudFront.EntityAlreadyExistsException";
    /// `CloudFront.EntityLimitExceededException`
    pub const ENTITY_LIMIT_EXCEEDED: &str = "CloudFront.EntityLimitExceededException";
    /// `CloudFront.EntityNotFoundException`
    pub const ENTITY_NOT_FOUND: &str = "CloudFront.EntityNotFoundException";
    /// `CloudFront.EntitySizeLimitExceededException`
    pub const ENTITY_SIZE_LIMIT_EXCEEDED: &str = "CloudFront.EntitySizeLimitExceededException";
    /// `CloudFront.FieldLevelEncryptionConfigAlreadyExistsException`
    pub const FIELD_LEVEL_ENCRYPTION_CONFIG_ALREADY_EXISTS: &str = "CloudFront.FieldLevelEncryptionConfigAlreadyExistsException";
    /// `CloudFront.FieldLevelEncryptionConfigInUseException`
    pub const FIELD_LEVEL_ENCRYPTION_CONFIG_IN_USE: &str = "CloudFront.FieldLevelEncryptionConfigInUseException";
    /// `CloudFront.FieldLevelEncryptionProfileAlreadyExistsException`
    pub const FIELD_LEVEL_ENCRYPTION_PROFILE_ALREADY_EXISTS: &str = "CloudFront.FieldLevelEncryptionProfileAlreadyExistsException";
    /// `CloudFront.FieldLevelEncryptionProfileInUseException`
    pub const FIELD_LEVEL_ENCRYPTION_PROFILE_IN_USE: &str = "CloudFront.FieldLevelEncryptionProfileInUseException";
    /// `CloudFront.FieldLevelEncryptionProfileSizeExceededException`
    pub const FIELD_LEVEL_ENCRYPTION_PROFILE_SIZE_EXCEEDED: &str = "CloudFront.FieldLevelEncryptionProfileSizeExceededException";
    /// `CloudFront.FunctionAlreadyExistsException`
    pub const FUNCTION_ALREADY_EXISTS: &str = "CloudFront.FunctionAlreadyExistsException";
    /// `CloudFront.FunctionInUseException`
    pub const FUNCTION_IN_USE: &str = "CloudFront.FunctionInUseException";
    /// `CloudFront.FunctionSizeLimitExceededException`
    pub const FUNCTION_SIZE_LIMIT_EXCEEDED: &str = "CloudFront.FunctionSizeLimitExceededException";
    /// `CloudFront.IllegalDeleteException`
    pub const ILLEGAL_DELETE: &str = "CloudFront.IllegalDeleteException";
    /// `CloudFront.IllegalFieldLevelEncryptionConfigAssociationWithCacheBehaviorException`
    pub const ILLEGAL_FIELD_LEVEL_ENCRYPTION_CONFIG_ASSOCIATION_WITH_CACHE_BEHAVIOR: &str = "CloudFront.IllegalFieldLevelEncryptionConfigAssociationWithCacheBehaviorException";
    /// `CloudFront.IllegalOriginAccessConfigurationException`
    pub const ILLEGAL_ORIGIN_ACCESS_CONFIGURATION: &str = "CloudFront.IllegalOriginAccessConfigurationException";
    /// `CloudFront.IllegalUpdateException`
    pub const ILLEGAL_UPDATE: &str = "CloudFront.IllegalUpdateException";
    /// `CloudFront.InconsistentQuantitiesException`
    pub const INCONSISTENT_QUANTITIES: &str = "CloudFront.InconsistentQuantitiesException";
    /// `CloudFront.InvalidArgumentException`
    pub const INVALID_ARGUMENT: &str = "CloudFront.InvalidArgumentException";
    /// `CloudFront.InvalidAssociationException`
    pub const INVALID_ASSOCIATION: &str = "CloudFront.InvalidAssociationException";
    /// `CloudFront.InvalidDefaultRootObjectException`
    pub const INVALID_DEFAULT_ROOT_OBJECT: &str = "CloudFront.InvalidDefaultRootObjectException";
    /// `CloudFront.InvalidDomainNameForOriginAccessControlException`
    pub const INVALID_DOMAIN_NAME_FOR_ORIGIN_ACCESS_CONTROL: &str = "CloudFront.InvalidDomainNameForOriginAccessControlException";
    /// `CloudFront.InvalidErrorCodeException`
    pub const INVALID_ERROR_CODE: &str = "CloudFront.InvalidErrorCodeException";
    /// `CloudFront.InvalidForwardCookiesException`
    pub const INVALID_FORWARD_COOKIES: &str = "CloudFront.InvalidForwardCookiesException";
    /// `CloudFront.InvalidFunctionAssociationException`
    pub const INVALID_FUNCTION_ASSOCIATION: &str = "CloudFront.InvalidFunctionAssociationException";
    /// `CloudFront.InvalidGeoRestrictionParameterException`
    pub const INVALID_GEO_RESTRICTION_PARAMETER: &str = "CloudFront.InvalidGeoRestrictionParameterException";
    /// `CloudFront.InvalidHeadersForS3OriginException`
    pub const INVALID_HEADERS_FOR_S3_ORIGIN: &str = "CloudFront.InvalidHeadersForS3OriginException";
    /// `CloudFront.InvalidIfMatchVersionException`
    pub const INVALID_IF_MATCH_VERSION: &str = "CloudFront.InvalidIfMatchVersionException";
    /// `CloudFront.InvalidLambdaFunctionAssociationException`
    pub const INVALID_LAMBDA_FUNCTION_ASSOCIATION: &str = "CloudFront.InvalidLambdaFunctionAssociationException";
    /// `CloudFront.InvalidLocationCodeException`
    pub const INVALID_LOCATION_CODE: &str = "CloudFront.InvalidLocationCodeException";
    /// `CloudFront.InvalidMinimumProtocolVersionException`
    pub const INVALID_MINIMUM_PROTOCOL_VERSION: &str = "CloudFront.InvalidMinimumProtocolVersionException";
    /// `CloudFront.InvalidOriginAccessControlException`
    pub const INVALID_ORIGIN_ACCESS_CONTROL: &str = "CloudFront.InvalidOriginAccessControlException";
    /// `CloudFront.InvalidOriginAccessIdentityException`
    pub const INVALID_ORIGIN_ACCESS_IDENTITY: &str = "CloudFront.InvalidOriginAccessIdentityException";
    /// `CloudFront.InvalidOriginException`
    pub const INVALID_ORIGIN: &str = "CloudFront.InvalidOriginException";
    /// `CloudFront.InvalidOriginKeepaliveTimeoutException`
    pub const INVALID_ORIGIN_KEEPALIVE_TIMEOUT: &str = "CloudFront.InvalidOriginKeepaliveTimeoutException";
    /// `CloudFront.InvalidOriginReadTimeoutException`
    pub const INVALID_ORIGIN_READ_TIMEOUT: &str = "CloudFront.InvalidOriginReadTimeoutException";
    /// `CloudFront.InvalidProtocolSettingsException`
    pub const INVALID_PROTOCOL_SETTINGS: &str = "CloudFront.InvalidProtocolSettingsException";
    /// `CloudFront.InvalidQueryStringParametersException`
    pub const INVALID_QUERY_STRING_PARAMETERS: &str = "CloudFront.InvalidQueryStringParametersException";
    /// `CloudFront.InvalidRelativePathException`
    pub const INVALID_RELATIVE_PATH: &str = "CloudFront.InvalidRelativePathException";
    /// `CloudFront.InvalidRequiredProtocolException`
    pub const INVALID_REQUIRED_PROTOCOL: &str = "CloudFront.InvalidRequiredProtocolException";
    /// `CloudFront.InvalidResponseCodeException`
    pub const INVALID_RESPONSE_CODE: &str = "CloudFront.InvalidResponseCodeException";
    /// `CloudFront.InvalidTTLOrderException`
    pub const INVALID_TTL_ORDER: &str = "CloudFront.InvalidTTLOrderException";
    /// `CloudFront.InvalidTaggingException`
    pub const INVALID_TAGGING: &str = "CloudFront.InvalidTaggingException";
    /// `CloudFront.InvalidViewerCertificateException`
    pub const INVALID_VIEWER_CERTIFICATE: &str = "CloudFront.InvalidViewerCertificateException";
    /// `CloudFront.InvalidWebACLIdException`
    pub const INVALID_WEB_ACL_ID: &str = "CloudFront.InvalidWebACLIdException";
    /// `CloudFront.KeyGroupAlreadyExistsException`
    pub const KEY_GROUP_ALREADY_EXISTS: &str = "CloudFront.KeyGroupAlreadyExistsException";
    /// `CloudFront.MissingBodyException`
    pub const MISSING_BODY: &str = "CloudFront.MissingBodyException";
    /// `CloudFront.MonitoringSubscriptionAlreadyExistsException`
    pub const MONITORING_SUBSCRIPTION_ALREADY_EXISTS: &str = "CloudFront.MonitoringSubscriptionAlreadyExistsException";
    /// `CloudFront.NoSuchCachePolicyException`
    pub const NO_SUCH_CACHE_POLICY: &str = "CloudFront.NoSuchCachePolicyException";
    /// `CloudFront.NoSuchCloudFrontOriginAccessIdentityException`
    pub const NO_SUCH_CLOUD_FRONT_ORIGIN_ACCESS_IDENTITY: &str = "CloudFront.NoSuchCloudFrontOriginAccessIdentityException";
    /// `CloudFront.NoSuchContinuousDeploymentPolicyException`
    pub const NO_SUCH_CONTINUOUS_DEPLOYMENT_POLICY: &str = "CloudFront.NoSuchContinuousDeploymentPolicyException";
    /// `CloudFront.NoSuchDistributionException`
    pub const NO_SUCH_DISTRIBUTION: &str = "CloudFront.NoSuchDistributionException";
    /// `CloudFront.NoSuchFieldLevelEncryptionConfigException`
    pub const NO_SUCH_FIELD_LEVEL_ENCRYPTION_CONFIG: &str = "CloudFront.NoSuchFieldLevelEncryptionConfigException";
    /// `CloudFront.NoSuchFieldLevelEncryptionProfileException`
    pub const NO_SUCH_FIELD_LEVEL_ENCRYPTION_PROFILE: &str = "CloudFront.NoSuchFieldLevelEncryptionProfileException";
    /// `CloudFront.NoSuchFunctionExistsException`
    pub const NO_SUCH_FUNCTION_EXISTS: &str = "CloudFront.NoSuchFunctionExistsException";
    /// `CloudFront.NoSuchInvalidationException`
    pub const NO_SUCH_INVALIDATION: &str = "CloudFront.NoSuchInvalidationException";
    /// `CloudFront.NoSuchMonitoringSubscriptionException`
    pub const NO_SUCH_MONITORING_SUBSCRIPTION: &str = "CloudFront.NoSuchMonitoringSubscriptionException";
    /// `CloudFront.NoSuchOriginAccessControlException`
    pub const NO_SUCH_ORIGIN_ACCESS_CONTROL: &str = "CloudFront.NoSuchOriginAccessControlException";
    /// `CloudFront.NoSuchOriginException`
    pub const NO_SUCH_ORIGIN: &str = "CloudFront.NoSuchOriginException";
    /// `CloudFront.NoSuchOriginRequestPolicyException`
    pub const NO_SUCH_ORIGIN_REQUEST_POLICY: &str = "CloudFront.NoSuchOriginRequestPolicyException";
    /// `CloudFront.NoSuchPublicKeyException`
    pub const NO_SUCH_PUBLIC_KEY: &str = "CloudFront.NoSuchPublicKeyException";
    /// `CloudFront.NoSuchRealtimeLogConfigException`
    pub const NO_SUCH_REALTIME_LOG_CONFIG: &str = "CloudFront.NoSuchRealtimeLogConfigException";
    /// `CloudFront.NoSuchResourceException`
    pub const NO_SUCH_RESOURCE: &str = "CloudFront.NoSuchResourceException";
    /// `CloudFront.NoSuchResponseHeadersPolicyException`
    pub const NO_SUCH_RESPONSE_HEADERS_POLICY: &str = "CloudFront.NoSuchResponseHeadersPolicyException";
    /// `CloudFront.NoSuchStreamingDistributionException`
    pub const NO_SUCH_STREAMING_DISTRIBUTION: &str = "CloudFront.NoSuchStreamingDistributionException";
    /// `CloudFront.OriginAccessControlAlreadyExistsException`
    pub const ORIGIN_ACCESS_CONTROL_ALREADY_EXISTS: &str = "CloudFront.OriginAccessControlAlreadyExistsException";
    /// `CloudFront.OriginAccessControlInUseException`
    pub const ORIGIN_ACCESS_CONTROL_IN_USE: &str = "CloudFront.OriginAccessControlInUseException";
    /// `CloudFront.OriginRequestPolicyAlreadyExistsException`
    pub const ORIGIN_REQUEST_POLICY_ALREADY_EXISTS: &str = "CloudFront.OriginRequestPolicyAlreadyExistsException";
    /// `CloudFront.OriginRequestPolicyInUseException`
    pub const ORIGIN_REQUEST_POLICY_IN_USE: &str = "CloudFront.OriginRequestPolicyInUseException";
    /// `CloudFront.PreconditionFailedException`
    pub const PRECONDITION_FAILED: &str = "CloudFront.PreconditionFailedException";
    /// `CloudFront.PublicKeyAlreadyExistsException`
    pub const PUBLIC_KEY_ALREADY_EXISTS: &str = "CloudFront.PublicKeyAlreadyExistsException";
    /// `CloudFront.PublicKeyInUseException`
    pub const PUBLIC_KEY_IN_USE: &str = "CloudFront.PublicKeyInUseException";
    /// `CloudFront.QueryArgProfileEmptyException`
    pub const QUERY_ARG_PROFILE_EMPTY: &str = "CloudFront.QueryArgProfileEmptyException";
    /// `CloudFront.RealtimeLogConfigAlreadyExistsException`
    pub const REALTIME_LOG_CONFIG_ALREADY_EXISTS: &str = "CloudFront.RealtimeLogConfigAlreadyExistsException";
    /// `CloudFront.RealtimeLogConfigInUseException`
    pub const REALTIME_LOG_CONFIG_IN_USE: &str = "CloudFront.RealtimeLogConfigInUseException";
    /// `CloudFront.RealtimeLogConfigOwnerMismatchException`
    pub const REALTIME_LOG_CONFIG_OWNER_MISMATCH: &str = "CloudFront.RealtimeLogConfigOwnerMismatchException";
    /// `CloudFront.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "CloudFront.ResourceInUseException";
    /// `CloudFront.ResourceNotDisabledException`
    pub const RESOURCE_NOT_DISABLED: &str = "CloudFront.ResourceNotDisabledException";
    /// `CloudFront.ResponseHeadersPolicyAlreadyExistsException`
    pub const RESPONSE_HEADERS_POLICY_ALREADY_EXISTS: &str = "CloudFront.ResponseHeadersPolicyAlreadyExistsException";
    /// `CloudFront.ResponseHeadersPolicyInUseException`
    pub const RESPONSE_HEADERS_POLICY_IN_USE: &str = "CloudFront.ResponseHeadersPolicyInUseException";
    /// `CloudFront.StagingDistributionInUseException`
    pub const STAGING_DISTRIBUTION_IN_USE: &str = "CloudFront.StagingDistributionInUseException";
    /// `CloudFront.StreamingDistributionAlreadyExistsException`
    pub const STREAMING_DISTRIBUTION_ALREADY_EXISTS: &str = "CloudFront.StreamingDistributionAlreadyExistsException";
    /// `CloudFront.StreamingDistributionNotDisabledException`
    pub const STREAMING_DISTRIBUTION_NOT_DISABLED: &str = "CloudFront.StreamingDistributionNotDisabledException";
    /// `CloudFront.TestFunctionFailedException`
    pub const TEST_FUNCTION_FAILED: &str = "CloudFront.TestFunctionFailedException";
    /// `CloudFront.TooLongCSPInResponseHeadersPolicyException`
    pub const TOO_LONG_CSP_IN_RESPONSE_HEADERS_POLICY: &str = "CloudFront.TooLongCSPInResponseHeadersPolicyException";
    /// `CloudFront.TooManyCacheBehaviorsException`
    pub const TOO_MANY_CACHE_BEHAVIORS: &str = "CloudFront.TooManyCacheBehaviorsException";
    /// `CloudFront.TooManyCachePoliciesException`
    pub const TOO_MANY_CACHE_POLICIES: &str = "CloudFront.TooManyCachePoliciesException";
    /// `CloudFront.TooManyCertificatesException`
    pub const TOO_MANY_CERTIFICATES: &str = "CloudFront.TooManyCertificatesException";
    /// `CloudFront.TooManyCloudFrontOriginAccessIdentitiesException`
    pub const TOO_MANY_CLOUD_FRONT_ORIGIN_ACCESS_IDENTITIES: &str = "CloudFront.TooManyCloudFrontOriginAccessIdentitiesException";
    /// `CloudFront.TooManyContinuousDeploymentPoliciesException`
    pub const TOO_MANY_CONTINUOUS_DEPLOYMENT_POLICIES: &str = "CloudFront.TooManyContinuousDeploymentPoliciesException";
    /// `CloudFront.TooManyCookieNamesInWhiteListException`
    pub const TOO_MANY_COOKIE_NAMES_IN_WHITE_LIST: &str = "CloudFront.TooManyCookieNamesInWhiteListException";
    /// `CloudFront.TooManyCookiesInCachePolicyException`
    pub const TOO_MANY_COOKIES_IN_CACHE_POLICY: &str = "CloudFront.TooManyCookiesInCachePolicyException";
    /// `CloudFront.TooManyCookiesInOriginRequestPolicyException`
    pub const TOO_MANY_COOKIES_IN_ORIGIN_REQUEST_POLICY: &str = "CloudFront.TooManyCookiesInOriginRequestPolicyException";
    /// `CloudFront.TooManyCustomHeadersInResponseHeadersPolicyException`
    pub const TOO_MANY_CUSTOM_HEADERS_IN_RESPONSE_HEADERS_POLICY: &str = "CloudFront.TooManyCustomHeadersInResponseHeadersPolicyException";
    /// `CloudFront.TooManyDistributionCNAMEsException`
    pub const TOO_MANY_DISTRIBUTION_CNAM_ES: &str = "CloudFront.TooManyDistributionCNAMEsException";
    /// `CloudFront.TooManyDistributionsAssociatedToCachePolicyException`
    pub const TOO_MANY_DISTRIBUTIONS_ASSOCIATED_TO_CACHE_POLICY: &str = "CloudFront.TooManyDistributionsAssociatedToCachePolicyException";
    /// `CloudFront.TooManyDistributionsAssociatedToFieldLevelEncryptionConfigException`
    pub const TOO_MANY_DISTRIBUTIONS_ASSOCIATED_TO_FIELD_LEVEL_ENCRYPTION_CONFIG: &str = "CloudFront.TooManyDistributionsAssociatedToFieldLevelEncryptionConfigException";
    /// `CloudFront.TooManyDistributionsAssociatedToKeyGroupException`
    pub const TOO_MANY_DISTRIBUTIONS_ASSOCIATED_TO_KEY_GROUP: &str = "CloudFront.TooManyDistributionsAssociatedToKeyGroupException";
    /// `CloudFront.TooManyDistributionsAssociatedToOriginAccessControlException`
    pub const TOO_MANY_DISTRIBUTIONS_ASSOCIATED_TO_ORIGIN_ACCESS_CONTROL: &str = "CloudFront.TooManyDistributionsAssociatedToOriginAccessControlException";
    /// `CloudFront.TooManyDistributionsAssociatedToOriginRequestPolicyException`
    pub const TOO_MANY_DISTRIBUTIONS_ASSOCIATED_TO_ORIGIN_REQUEST_POLICY: &str = "CloudFront.TooManyDistributionsAssociatedToOriginRequestPolicyException";
    /// `CloudFront.TooManyDistributionsAssociatedToResponseHeadersPolicyException`
    pub const TOO_MANY_DISTRIBUTIONS_ASSOCIATED_TO_RESPONSE_HEADERS_POLICY: &str = "CloudFront.TooManyDistributionsAssociatedToResponseHeadersPolicyException";
    /// `CloudFront.TooManyDistributionsException`
    pub const TOO_MANY_DISTRIBUTIONS: &str = "CloudFront.TooManyDistributionsException";
    /// `CloudFront.TooManyDistributionsWithFunctionAssociationsException`
    pub const TOO_MANY_DISTRIBUTIONS_WITH_FUNCTION_ASSOCIATIONS: &str = "CloudFront.TooManyDistributionsWithFunctionAssociationsException";
    /// `CloudFront.TooManyDistributionsWithLambdaAssociationsException`
    pub const TOO_MANY_DISTRIBUTIONS_WITH_LAMBDA_ASSOCIATIONS: &str = "CloudFront.TooManyDistributionsWithLambdaAssociationsException";
    /// `CloudFront.TooManyDistributionsWithSingleFunctionARNException`
    pub const TOO_MANY_DISTRIBUTIONS_WITH_SINGLE_FUNCTION_ARN: &str = "CloudFront.TooManyDistributionsWithSingleFunctionARNException";
    /// `CloudFront.TooManyFieldLevelEncryptionConfigsException`
    pub const TOO_MANY_FIELD_LEVEL_ENCRYPTION_CONFIGS: &str = "CloudFront.TooManyFieldLevelEncryptionConfigsException";
    /// `CloudFront.TooManyFieldLevelEncryptionContentTypeProfilesException`
    pub const TOO_MANY_FIELD_LEVEL_ENCRYPTION_CONTENT_TYPE_PROFILES: &str = "CloudFront.TooManyFieldLevelEncryptionContentTypeProfilesException";
    /// `CloudFront.TooManyFieldLevelEncryptionEncryptionEntitiesException`
    pub const TOO_MANY_FIELD_LEVEL_ENCRYPTION_ENCRYPTION_ENTITIES: &str = "CloudFront.TooManyFieldLevelEncryptionEncryptionEntitiesException";
    /// `CloudFront.TooManyFieldLevelEncryptionFieldPatternsException`
    pub const TOO_MANY_FIELD_LEVEL_ENCRYPTION_FIELD_PATTERNS: &str = "CloudFront.TooManyFieldLevelEncryptionFieldPatternsException";
    /// `CloudFront.TooManyFieldLevelEncryptionProfilesException`
    pub const TOO_MANY_FIELD_LEVEL_ENCRYPTION_PROFILES: &str = "CloudFront.TooManyFieldLevelEncryptionProfilesException";
    /// `CloudFront.TooManyFieldLevelEncryptionQueryArgProfilesException`
    pub const TOO_MANY_FIELD_LEVEL_ENCRYPTION_QUERY_ARG_PROFILES: &str = "CloudFront.TooManyFieldLevelEncryptionQueryArgProfilesException";
    /// `CloudFront.TooManyFunctionAssociationsException`
    pub const TOO_MANY_FUNCTION_ASSOCIATIONS: &str = "CloudFront.TooManyFunctionAssociationsException";
    /// `CloudFront.TooManyFunctionsException`
    pub const TOO_MANY_FUNCTIONS: &str = "CloudFront.TooManyFunctionsException";
    /// `CloudFront.TooManyHeadersInCachePolicyException`
    pub const TOO_MANY_HEADERS_IN_CACHE_POLICY: &str = "CloudFront.TooManyHeadersInCachePolicyException";
    /// `CloudFront.TooManyHeadersInForwardedValuesException`
    pub const TOO_MANY_HEADERS_IN_FORWARDED_VALUES: &str = "CloudFront.TooManyHeadersInForwardedValuesException";
    /// `CloudFront.TooManyHeadersInOriginRequestPolicyException`
    pub const TOO_MANY_HEADERS_IN_ORIGIN_REQUEST_POLICY: &str = "CloudFront.TooManyHeadersInOriginRequestPolicyException";
    /// `CloudFront.TooManyInvalidationsInProgressException`
    pub const TOO_MANY_INVALIDATIONS_IN_PROGRESS: &str = "CloudFront.TooManyInvalidationsInProgressException";
    /// `CloudFront.TooManyKeyGroupsAssociatedToDistributionException`
    pub const TOO_MANY_KEY_GROUPS_ASSOCIATED_TO_DISTRIBUTION: &str = "CloudFront.TooManyKeyGroupsAssociatedToDistributionException";
    /// `CloudFront.TooManyKeyGroupsException`
    pub const TOO_MANY_KEY_GROUPS: &str = "CloudFront.TooManyKeyGroupsException";
    /// `CloudFront.TooManyLambdaFunctionAssociationsException`
    pub const TOO_MANY_LAMBDA_FUNCTION_ASSOCIATIONS: &str = "CloudFront.TooManyLambdaFunctionAssociationsException";
    /// `CloudFront.TooManyOriginAccessControlsException`
    pub const TOO_MANY_ORIGIN_ACCESS_CONTROLS: &str = "CloudFront.TooManyOriginAccessControlsException";
    /// `CloudFront.TooManyOriginCustomHeadersException`
    pub const TOO_MANY_ORIGIN_CUSTOM_HEADERS: &str = "CloudFront.TooManyOriginCustomHeadersException";
    /// `CloudFront.TooManyOriginGroupsPerDistributionException`
    pub const TOO_MANY_ORIGIN_GROUPS_PER_DISTRIBUTION: &str = "CloudFront.TooManyOriginGroupsPerDistributionException";
    /// `CloudFront.TooManyOriginRequestPoliciesException`
    pub const TOO_MANY_ORIGIN_REQUEST_POLICIES: &str = "CloudFront.TooManyOriginRequestPoliciesException";
    /// `CloudFront.TooManyOriginsException`
    pub const TOO_MANY_ORIGINS: &str = "CloudFront.TooManyOriginsException";
    /// `CloudFront.TooManyPublicKeysException`
    pub const TOO_MANY_PUBLIC_KEYS: &str = "CloudFront.TooManyPublicKeysException";
    /// `CloudFront.TooManyPublicKeysInKeyGroupException`
    pub const TOO_MANY_PUBLIC_KEYS_IN_KEY_GROUP: &str = "CloudFront.TooManyPublicKeysInKeyGroupException";
    /// `CloudFront.TooManyQueryStringParametersException`
    pub const TOO_MANY_QUERY_STRING_PARAMETERS: &str = "CloudFront.TooManyQueryStringParametersException";
    /// `CloudFront.TooManyQueryStringsInCachePolicyException`
    pub const TOO_MANY_QUERY_STRINGS_IN_CACHE_POLICY: &str = "CloudFront.TooManyQueryStringsInCachePolicyException";
    /// `CloudFront.TooManyQueryStringsInOriginRequestPolicyException`
    pub const TOO_MANY_QUERY_STRINGS_IN_ORIGIN_REQUEST_POLICY: &str = "CloudFront.TooManyQueryStringsInOriginRequestPolicyException";
    /// `CloudFront.TooManyRealtimeLogConfigsException`
    pub const TOO_MANY_REALTIME_LOG_CONFIGS: &str = "CloudFront.TooManyRealtimeLogConfigsException";
    /// `CloudFront.TooManyRemoveHeadersInResponseHeadersPolicyException`
    pub const TOO_MANY_REMOVE_HEADERS_IN_RESPONSE_HEADERS_POLICY: &str = "CloudFront.TooManyRemoveHeadersInResponseHeadersPolicyException";
    /// `CloudFront.TooManyResponseHeadersPoliciesException`
    pub const TOO_MANY_RESPONSE_HEADERS_POLICIES: &str = "CloudFront.TooManyResponseHeadersPoliciesException";
    /// `CloudFront.TooManyStreamingDistributionCNAMEsException`
    pub const TOO_MANY_STREAMING_DISTRIBUTION_CNAM_ES: &str = "CloudFront.TooManyStreamingDistributionCNAMEsException";
    /// `CloudFront.TooManyStreamingDistributionsException`
    pub const TOO_MANY_STREAMING_DISTRIBUTIONS: &str = "CloudFront.TooManyStreamingDistributionsException";
    /// `CloudFront.TooManyTrustedSignersException`
    pub const TOO_MANY_TRUSTED_SIGNERS: &str = "CloudFront.TooManyTrustedSignersException";
    /// `CloudFront.TrustedKeyGroupDoesNotExistException`
    pub const TRUSTED_KEY_GROUP_DOES_NOT_EXIST: &str = "CloudFront.TrustedKeyGroupDoesNotExistException";
    /// `CloudFront.TrustedSignerDoesNotExistException`
    pub const TRUSTED_SIGNER_DOES_NOT_EXIST: &str = "CloudFront.TrustedSignerDoesNotExistException";
    /// `CloudFront.UnsupportedOperationException`
    pub const UNSUPPORTED_OPERATION: &str = "CloudFront.UnsupportedOperationException";
}

/// `aws-sdk:cloudfrontkeyvaluestore` errors.
pub mod cloudfrontkeyvaluestore {
    /// `CloudFrontKeyValueStore.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "CloudFrontKeyValueStore.AccessDeniedException";
    /// `CloudFrontKeyValueStore.ConflictException`
    pub const CONFLICT: &str = "CloudFrontKeyValueStore.ConflictException";
    /// `CloudFrontKeyValueStore.InternalServerException`
    pub const INTERNAL_SERVER: &str = "CloudFrontKeyValueStore.InternalServerException";
    /// `CloudFrontKeyValueStore.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "CloudFrontKeyValueStore.ResourceNotFoundException";
    /// `CloudFrontKeyValueStore.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "CloudFrontKeyValueStore.ServiceQuotaExceededException";
    /// `CloudFrontKeyValueStore.ValidationException`
    pub const VALIDATION: &str = "CloudFrontKeyValueStore.ValidationException";
}

/// `aws-sdk:cloudhsm` errors.
pub mod cloudhsm {
    /// `CloudHsm.CloudHsmInternalException`
    pub const CLOUD_HSM_INTERNAL: &str = "CloudHsm.CloudHsmInternalException";
    /// `CloudHsm.CloudHsmServiceException`
    pub const CLOUD_HSM_SERVICE: &str = "CloudHsm.CloudHsmServiceException";
    /// `CloudHsm.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "CloudHsm.InvalidRequestException";
}

/// `aws-sdk:cloudhsmv2` errors.
pub mod cloudhsmv2 {
    /// `CloudHsmV2.CloudHsmAccessDeniedException`
    pub const CLOUD_HSM_ACCESS_DENIED: &str = "CloudHsmV2.CloudHsmAccessDeniedException";
    /// `CloudHsmV2.CloudHsmInternalFailureException`
    pub const CLOUD_HSM_INTERNAL_FAILURE: &str = "CloudHsmV2.CloudHsmInternalFailureException";
    /// `CloudHsmV2.CloudHsmInvalidRequestException`
    pub const CLOUD_HSM_INVALID_REQUEST: &str = "CloudHsmV2.CloudHsmInvalidRequestException";
    /// `CloudHsmV2.CloudHsmResourceLimitExceededException`
    pub const CLOUD_HSM_RESOURCE_LIMIT_EXCEEDED: &str = "CloudHsmV2.CloudHsmResourceLimitExceededException";
    /// `CloudHsmV2.CloudHsmResourceNotFoundException`
    pub const CLOUD_HSM_RESOURCE_NOT_FOUND: &str = "CloudHsmV2.CloudHsmResourceNotFoundException";
    /// `CloudHsmV2.CloudHsmServiceException`
    pub const CLOUD_HSM_SERVICE: &str = "CloudHsmV2.CloudHsmServiceException";
    /// `CloudHsmV2.CloudHsmTagException`
    pub const CLOUD_HSM_TAG: &str = "CloudHsmV2.CloudHsmTagException";
}

/// `aws-sdk:cloudsearch` errors.
pub mod cloudsearch {
    /// `CloudSearch.BaseException`
    pub const BASE: &str = "CloudSearch.BaseException";
    /// `CloudSearch.DisabledOperationException`
    pub const DISABLED_OPERATION: &str = "CloudSearch.DisabledOperationException";
    /// `CloudSearch.InternalException`
    pub const INTERNAL: &str = "CloudSearch.InternalException";
    /// `CloudSearch.InvalidTypeException`
    pub const INVALID_TYPE: &str = "CloudSearch.InvalidTypeException";
    /// `CloudSearch.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "CloudSearch.LimitExceededException";
    /// `CloudSearch.ResourceAlreadyExistsException`
    pub const RESOURCE_ALREADY_EXISTS: &str = "CloudSearch.ResourceAlreadyExistsException";
    /// `CloudSearch.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "CloudSearch.ResourceNotFoundException";
    /// `CloudSearch.ValidationException`
    pub const VALIDATION: &str = "CloudSearch.ValidationException";
}

/// `aws-sdk:cloudsearchdomain` errors.
pub mod cloudsearchdomain {
    /// `CloudSearchDomain.DocumentServiceException`
    pub const DOCUMENT_SERVICE: &str = "CloudSearchDomain.DocumentServiceException";
    /// `CloudSearchDomain.SearchException`
    pub const SEARCH: &str = "CloudSearchDomain.SearchException";
}

/// `aws-sdk:cloudtrail` errors.
pub mod cloudtrail {
    /// `CloudTrail.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "CloudTrail.AccessDeniedException";
    /// `CloudTrail.AccountHasOngoingImportException`
    pub const ACCOUNT_HAS_ONGOING_IMPORT: &str = "CloudTrail.AccountHasOngoingImportException";
    /// `CloudTrail.AccountNotFoundException`
    pub const ACCOUNT_NOT_FOUND: &str = "CloudTrail.AccountNotFoundException";
    /// `CloudTrail.AccountNotRegisteredException`
    pub const ACCOUNT_NOT_REGISTERED: &str = "CloudTrail.AccountNotRegisteredException";
    /// `CloudTrail.AccountRegisteredException`
    pub const ACCOUNT_REGISTERED: &str = "CloudTrail.AccountRegisteredException";
    /// `CloudTrail.CannotDelegateManagementAccountException`
    pub const CANNOT_DELEGATE_MANAGEMENT_ACCOUNT: &str = "CloudTrail.CannotDelegateManagementAccountException";
    /// `CloudTrail.ChannelARNInvalidException`
    pub const CHANNEL_ARN_INVALID: &str = "CloudTrail.ChannelARNInvalidException";
    /// `CloudTrail.ChannelAlreadyExistsException`
    pub const CHANNEL_ALREADY_EXISTS: &str = "CloudTrail.ChannelAlreadyExistsException";
    /// `CloudTrail.ChannelExistsForEDSException`
    pub const CHANNEL_EXISTS_FOR_EDS: &str = "CloudTrail.ChannelExistsForEDSException";
    /// `CloudTrail.ChannelMaxLimitExceededException`
    pub const CHANNEL_MAX_LIMIT_EXCEEDED: &str = "CloudTrail.ChannelMaxLimitExceededException";
    /// `CloudTrail.ChannelNotFoundException`
    pub const CHANNEL_NOT_FOUND: &str = "CloudTrail.ChannelNotFoundException";
    /// `CloudTrail.CloudTrailARNInvalidException`
    pub const CLOUD_TRAIL_ARN_INVALID: &str = "CloudTrail.CloudTrailARNInvalidException";
    /// `CloudTrail.CloudTrailAccessNotEnabledException`
    pub const CLOUD_TRAIL_ACCESS_NOT_ENABLED: &str = "CloudTrail.CloudTrailAccessNotEnabledException";
    /// `CloudTrail.CloudTrailInvalidClientTokenIdException`
    pub const CLOUD_TRAIL_INVALID_CLIENT_TOKEN_ID: &str = "CloudTrail.CloudTrailInvalidClientTokenIdException";
    /// `CloudTrail.CloudWatchLogsDeliveryUnavailableException`
    pub const CLOUD_WATCH_LOGS_DELIVERY_UNAVAILABLE: &str = "CloudTrail.CloudWatchLogsDeliveryUnavailableException";
    /// `CloudTrail.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "CloudTrail.ConcurrentModificationException";
    /// `CloudTrail.ConflictException`
    pub const CONFLICT: &str = "CloudTrail.ConflictException";
    /// `CloudTrail.DelegatedAdminAccountLimitExceededException`
    pub const DELEGATED_ADMIN_ACCOUNT_LIMIT_EXCEEDED: &str = "CloudTrail.DelegatedAdminAccountLimitExceededException";
    /// `CloudTrail.EventDataStoreARNInvalidException`
    pub const EVENT_DATA_STORE_ARN_INVALID: &str = "CloudTrail.EventDataStoreARNInvalidException";
    /// `CloudTrail.EventDataStoreAlreadyExistsException`
    pub const EVENT_DATA_STORE_ALREADY_EXISTS: &str = "CloudTrail.EventDataStoreAlreadyExistsException";
    /// `CloudTrail.EventDataStoreFederationEnabledException`
    pub const EVENT_DATA_STORE_FEDERATION_ENABLED: &str = "CloudTrail.EventDataStoreFederationEnabledException";
    /// `CloudTrail.EventDataStoreHasOngoingImportException`
    pub const EVENT_DATA_STORE_HAS_ONGOING_IMPORT: &str = "CloudTrail.EventDataStoreHasOngoingImportException";
    /// `CloudTrail.EventDataStoreMaxLimitExceededException`
    pub const EVENT_DATA_STORE_MAX_LIMIT_EXCEEDED: &str = "CloudTrail.EventDataStoreMaxLimitExceededException";
    /// `CloudTrail.EventDataStoreNotFoundException`
    pub const EVENT_DATA_STORE_NOT_FOUND: &str = "CloudTrail.EventDataStoreNotFoundException";
    /// `CloudTrail.EventDataStoreTerminationProtectedException`
    pub const EVENT_DATA_STORE_TERMINATION_PROTECTED: &str = "CloudTrail.EventDataStoreTerminationProtectedException";
    /// `CloudTrail.GenerateResponseException`
    pub const GENERATE_RESPONSE: &str = "CloudTrail.GenerateResponseException";
    /// `CloudTrail.ImportNotFoundException`
    pub const IMPORT_NOT_FOUND: &str = "CloudTrail.ImportNotFoundException";
    /// `CloudTrail.InactiveEventDataStoreException`
    pub const INACTIVE_EVENT_DATA_STORE: &str = "CloudTrail.InactiveEventDataStoreException";
    /// `CloudTrail.InactiveQueryException`
    pub const INACTIVE_QUERY: &str = "CloudTrail.InactiveQueryException";
    /// `CloudTrail.InsightNotEnabledException`
    pub const INSIGHT_NOT_ENABLED: &str = "CloudTrail.InsightNotEnabledException";
    /// `CloudTrail.InsufficientDependencyServiceAccessPermissionException`
    pub const INSUFFICIENT_DEPENDENCY_SERVICE_ACCESS_PERMISSION: &str = "CloudTrail.InsufficientDependencyServiceAccessPermissionException";
    /// `CloudTrail.InsufficientEncryptionPolicyException`
    pub const INSUFFICIENT_ENCRYPTION_POLICY: &str = "CloudTrail.InsufficientEncryptionPolicyException";
    /// `CloudTrail.InsufficientIAMAccessPermissionException`
    pub const INSUFFICIENT_IAM_ACCESS_PERMISSION: &str = "CloudTrail.InsufficientIAMAccessPermissionException";
    /// `CloudTrail.InsufficientS3BucketPolicyException`
    pub const INSUFFICIENT_S3_BUCKET_POLICY: &str = "CloudTrail.InsufficientS3BucketPolicyException";
    /// `CloudTrail.InsufficientSnsTopicPolicyException`
    pub const INSUFFICIENT_SNS_TOPIC_POLICY: &str = "CloudTrail.InsufficientSnsTopicPolicyException";
    /// `CloudTrail.InvalidCloudWatchLogsLogGroupArnException`
    pub const INVALID_CLOUD_WATCH_LOGS_LOG_GROUP_ARN: &str = "CloudTrail.InvalidCloudWatchLogsLogGroupArnException";
    /// `CloudTrail.InvalidCloudWatchLogsRoleArnException`
    pub const INVALID_CLOUD_WATCH_LOGS_ROLE_ARN: &str = "CloudTrail.InvalidCloudWatchLogsRoleArnException";
    /// `CloudTrail.InvalidDateRangeException`
    pub const INVALID_DATE_RANGE: &str = "CloudTrail.InvalidDateRangeException";
    /// `CloudTrail.InvalidEventCategoryException`
    pub const INVALID_EVENT_CATEGORY: &str = "CloudTrail.InvalidEventCategoryException";
    /// `CloudTrail.InvalidEventDataStoreCategoryException`
    pub const INVALID_EVENT_DATA_STORE_CATEGORY: &str = "CloudTrail.InvalidEventDataStoreCategoryException";
    /// `CloudTrail.InvalidEventDataStoreStatusException`
    pub const INVALID_EVENT_DATA_STORE_STATUS: &str = "CloudTrail.InvalidEventDataStoreStatusException";
    /// `CloudTrail.InvalidEventSelectorsException`
    pub const INVALID_EVENT_SELECTORS: &str = "CloudTrail.InvalidEventSelectorsException";
    /// `CloudTrail.InvalidHomeRegionException`
    pub const INVALID_HOME_REGION: &str = "CloudTrail.InvalidHomeRegionException";
    /// `CloudTrail.InvalidImportSourceException`
    pub const INVALID_IMPORT_SOURCE: &str = "CloudTrail.InvalidImportSourceException";
    /// `CloudTrail.InvalidInsightSelectorsException`
    pub const INVALID_INSIGHT_SELECTORS: &str = "CloudTrail.InvalidInsightSelectorsException";
    /// `CloudTrail.InvalidKmsKeyIdException`
    pub const INVALID_KMS_KEY_ID: &str = "CloudTrail.InvalidKmsKeyIdException";
    /// `CloudTrail.InvalidLookupAttributesException`
    pub const INVALID_LOOKUP_ATTRIBUTES: &str = "CloudTrail.InvalidLookupAttributesException";
    /// `CloudTrail.InvalidMaxResultsException`
    pub const INVALID_MAX_RESULTS: &str = "CloudTrail.InvalidMaxResultsException";
    /// `CloudTrail.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "CloudTrail.InvalidNextTokenException";
    /// `CloudTrail.InvalidParameterCombinationException`
    pub const INVALID_PARAMETER_COMBINATION: &str = "CloudTrail.InvalidParameterCombinationException";
    /// `CloudTrail.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "CloudTrail.InvalidParameterException";
    /// `CloudTrail.InvalidQueryStatementException`
    pub const INVALID_QUERY_STATEMENT: &str = "CloudTrail.InvalidQueryStatementException";
    /// `CloudTrail.InvalidQueryStatusException`
    pub const INVALID_QUERY_STATUS: &str = "CloudTrail.InvalidQueryStatusException";
    /// `CloudTrail.InvalidS3BucketNameException`
    pub const INVALID_S3_BUCKET_NAME: &str = "CloudTrail.InvalidS3BucketNameException";
    /// `CloudTrail.InvalidS3PrefixException`
    pub const INVALID_S3_PREFIX: &str = "CloudTrail.InvalidS3PrefixException";
    /// `CloudTrail.InvalidSnsTopicNameException`
    pub const INVALID_SNS_TOPIC_NAME: &str = "CloudTrail.InvalidSnsTopicNameException";
    /// `CloudTrail.InvalidSourceException`
    pub const INVALID_SOURCE: &str = "CloudTrail.InvalidSourceException";
    /// `CloudTrail.InvalidTagParameterException`
    pub const INVALID_TAG_PARAMETER: &str = "CloudTrail.InvalidTagParameterException";
    /// `CloudTrail.InvalidTimeRangeException`
    pub const INVALID_TIME_RANGE: &str = "CloudTrail.InvalidTimeRangeException";
    /// `CloudTrail.InvalidTokenException`
    pub const INVALID_TOKEN: &str = "CloudTrail.InvalidTokenException";
    /// `CloudTrail.InvalidTrailNameException`
    pub const INVALID_TRAIL_NAME: &str = "CloudTrail.InvalidTrailNameException";
    /// `CloudTrail.KmsException`
    pub const KMS: &str = "CloudTrail.KmsException";
    /// `CloudTrail.KmsKeyDisabledException`
    pub const KMS_KEY_DISABLED: &str = "CloudTrail.KmsKeyDisabledException";
    /// `CloudTrail.KmsKeyNotFoundException`
    pub const KMS_KEY_NOT_FOUND: &str = "CloudTrail.KmsKeyNotFoundException";
    /// `CloudTrail.MaxConcurrentQueriesException`
    pub const MAX_CONCURRENT_QUERIES: &str = "CloudTrail.MaxConcurrentQueriesException";
    /// `CloudTrail.MaximumNumberOfTrailsExceededException`
    pub const MAXIMUM_NUMBER_OF_TRAILS_EXCEEDED: &str = "CloudTrail.MaximumNumberOfTrailsExceededException";
    /// `CloudTrail.NoManagementAccountSLRExistsException`
    pub const NO_MANAGEMENT_ACCOUNT_SLR_EXISTS: &str = "CloudTrail.NoManagementAccountSLRExistsException";
    /// `CloudTrail.NotOrganizationManagementAccountException`
    pub const NOT_ORGANIZATION_MANAGEMENT_ACCOUNT: &str = "CloudTrail.NotOrganizationManagementAccountException";
    /// `CloudTrail.NotOrganizationMasterAccountException`
    pub const NOT_ORGANIZATION_MASTER_ACCOUNT: &str = "CloudTrail.NotOrganizationMasterAccountException";
    /// `CloudTrail.OperationNotPermittedException`
    pub const OPERATION_NOT_PERMITTED: &str = "CloudTrail.OperationNotPermittedException";
    /// `CloudTrail.OrganizationNotInAllFeaturesModeException`
    pub const ORGANIZATION_NOT_IN_ALL_FEATURES_MODE: &str = "CloudTrail.OrganizationNotInAllFeaturesModeException";
    /// `CloudTrail.OrganizationsNotInUseException`
    pub const ORGANIZATIONS_NOT_IN_USE: &str = "CloudTrail.OrganizationsNotInUseException";
    /// `CloudTrail.QueryIdNotFoundException`
    pub const QUERY_ID_NOT_FOUND: &str = "CloudTrail.QueryIdNotFoundException";
    /// `CloudTrail.ResourceARNNotValidException`
    pub const RESOURCE_ARN_NOT_VALID: &str = "CloudTrail.ResourceARNNotValidException";
    /// `CloudTrail.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "CloudTrail.ResourceNotFoundException";
    /// `CloudTrail.ResourcePolicyNotFoundException`
    pub const RESOURCE_POLICY_NOT_FOUND: &str = "CloudTrail.ResourcePolicyNotFoundException";
    /// `CloudTrail.ResourcePolicyNotValidException`
    pub const RESOURCE_POLICY_NOT_VALID: &str = "CloudTrail.ResourcePolicyNotValidException";
    /// `CloudTrail.ResourceTypeNotSupportedException`
    pub const RESOURCE_TYPE_NOT_SUPPORTED: &str = "CloudTrail.ResourceTypeNotSupportedException";
    /// `CloudTrail.S3BucketDoesNotExistException`
    pub const S3_BUCKET_DOES_NOT_EXIST: &str = "CloudTrail.S3BucketDoesNotExistException";
    /// `CloudTrail.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "CloudTrail.ServiceQuotaExceededException";
    /// `CloudTrail.TagsLimitExceededException`
    pub const TAGS_LIMIT_EXCEEDED: &str = "CloudTrail.TagsLimitExceededException";
    /// `CloudTrail.ThrottlingException`
    pub const THROTTLING: &str = "CloudTrail.ThrottlingException";
    /// `CloudTrail.TrailAlreadyExistsException`
    pub const TRAIL_ALREADY_EXISTS: &str = "CloudTrail.TrailAlreadyExistsException";
    /// `CloudTrail.TrailNotFoundException`
    pub const TRAIL_NOT_FOUND: &str = "CloudTrail.TrailNotFoundException";
    /// `CloudTrail.TrailNotProvidedException`
    pub const TRAIL_NOT_PROVIDED: &str = "CloudTrail.TrailNotProvidedException";
    /// `CloudTrail.UnsupportedOperationException`
    pub const UNSUPPORTED_OPERATION: &str = "CloudTrail.UnsupportedOperationException";
}

/// `aws-sdk:cloudtraildata` errors.
pub mod cloudtraildata {
    /// `CloudTrailData.ChannelInsufficientPermissionException`
    pub const CHANNEL_INSUFFICIENT_PERMISSION: &str = "CloudTrailData.ChannelInsufficientPermissionException";
    /// `CloudTrailData.ChannelNotFoundException`
    pub const CHANNEL_NOT_FOUND: &str = "CloudTrailData.ChannelNotFoundException";
    /// `CloudTrailData.ChannelUnsupportedSchemaException`
    pub const CHANNEL_UNSUPPORTED_SCHEMA: &str = "CloudTrailData.ChannelUnsupportedSchemaException";
    /// `CloudTrailData.DuplicatedAuditEventIdException`
    pub const DUPLICATED_AUDIT_EVENT_ID: &str = "CloudTrailData.DuplicatedAuditEventIdException";
    /// `CloudTrailData.InvalidChannelARNException`
    pub const INVALID_CHANNEL_ARN: &str = "CloudTrailData.InvalidChannelARNException";
    /// `CloudTrailData.UnsupportedOperationException`
    pub const UNSUPPORTED_OPERATION: &str = "CloudTrailData.UnsupportedOperationException";
}

/// `aws-sdk:cloudwatch` errors.
pub mod cloudwatch {
    /// `CloudWatch.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "CloudWatch.ConcurrentModificationException";
    /// `CloudWatch.ConflictException`
    pub const CONFLICT: &str = "CloudWatch.ConflictException";
    /// `CloudWatch.DashboardInvalidInputErrorException`
    pub const DASHBOARD_INVALID_INPUT_ERROR: &str = "CloudWatch.DashboardInvalidInputErrorException";
    /// `CloudWatch.DashboardNotFoundErrorException`
    pub const DASHBOARD_NOT_FOUND_ERROR: &str = "CloudWatch.DashboardNotFoundErrorException";
    /// `CloudWatch.InternalServiceFaultException`
    pub const INTERNAL_SERVICE_FAULT: &str = "CloudWatch.InternalServiceFaultException";
    /// `CloudWatch.InvalidFormatFaultException`
    pub const INVALID_FORMAT_FAULT: &str = "CloudWatch.InvalidFormatFaultException";
    /// `CloudWatch.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "CloudWatch.InvalidNextTokenException";
    /// `CloudWatch.InvalidParameterCombinationException`
    pub const INVALID_PARAMETER_COMBINATION: &str = "CloudWatch.InvalidParameterCombinationException";
    /// `CloudWatch.InvalidParameterValueException`
    pub const INVALID_PARAMETER_VALUE: &str = "CloudWatch.InvalidParameterValueException";
    /// `CloudWatch.KmsAccessDeniedException`
    pub const KMS_ACCESS_DENIED: &str = "CloudWatch.KmsAccessDeniedException";
    /// `CloudWatch.KmsKeyDisabledException`
    pub const KMS_KEY_DISABLED: &str = "CloudWatch.KmsKeyDisabledException";
    /// `CloudWatch.KmsKeyNotFoundException`
    pub const KMS_KEY_NOT_FOUND: &str = "CloudWatch.KmsKeyNotFoundException";
    /// `CloudWatch.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "CloudWatch.LimitExceededException";
    /// `CloudWatch.LimitExceededFaultException`
    pub const LIMIT_EXCEEDED_FAULT: &str = "CloudWatch.LimitExceededFaultException";
    /// `CloudWatch.MissingRequiredParameterException`
    pub const MISSING_REQUIRED_PARAMETER: &str = "CloudWatch.MissingRequiredParameterException";
    /// `CloudWatch.ResourceConflictException`
    pub const RESOURCE_CONFLICT: &str = "CloudWatch.ResourceConflictException";
    /// `CloudWatch.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "CloudWatch.ResourceNotFoundException";
    /// `CloudWatch.ValidationException`
    pub const VALIDATION: &str = "CloudWatch.ValidationException";
}

/// `aws-sdk:cloudwatchlogs` errors.
pub mod cloudwatchlogs {
    /// `CloudWatchLogs.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "CloudWatchLogs.AccessDeniedException";
    /// `CloudWatchLogs.ConflictException`
    pub const CONFLICT: &str = "CloudWatchLogs.ConflictException";
    /// `CloudWatchLogs.DataAlreadyAcceptedException`
    pub const DATA_ALREADY_ACCEPTED: &str = "CloudWatchLogs.DataAlreadyAcceptedException";
    /// `CloudWatchLogs.InternalServerException`
    pub const INTERNAL_SERVER: &str = "CloudWatchLogs.InternalServerException";
    /// `CloudWatchLogs.InternalStreamingException`
    pub const INTERNAL_STREAMING: &str = "CloudWatchLogs.InternalStreamingException";
    /// `CloudWatchLogs.InvalidOperationException`
    pub const INVALID_OPERATION: &str = "CloudWatchLogs.InvalidOperationException";
    /// `CloudWatchLogs.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "CloudWatchLogs.InvalidParameterException";
    /// `CloudWatchLogs.InvalidSequenceTokenException`
    pub const INVALID_SEQUENCE_TOKEN: &str = "CloudWatchLogs.InvalidSequenceTokenException";
    /// `CloudWatchLogs.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "CloudWatchLogs.LimitExceededException";
    /// `CloudWatchLogs.MalformedQueryException`
    pub const MALFORMED_QUERY: &str = "CloudWatchLogs.MalformedQueryException";
    /// `CloudWatchLogs.OperationAbortedException`
    pub const OPERATION_ABORTED: &str = "CloudWatchLogs.OperationAbortedException";
    /// `CloudWatchLogs.ResourceAlreadyExistsException`
    pub const RESOURCE_ALREADY_EXISTS: &str = "CloudWatchLogs.ResourceAlreadyExistsException";
    /// `CloudWatchLogs.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "CloudWatchLogs.ResourceNotFoundException";
    /// `CloudWatchLogs.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "CloudWatchLogs.ServiceQuotaExceededException";
    /// `CloudWatchLogs.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "CloudWatchLogs.ServiceUnavailableException";
    /// `CloudWatchLogs.SessionStreamingException`
    pub const SESSION_STREAMING: &str = "CloudWatchLogs.SessionStreamingException";
    /// `CloudWatchLogs.SessionTimeoutException`
    pub const SESSION_TIMEOUT: &str = "CloudWatchLogs.SessionTimeoutException";
    /// `CloudWatchLogs.ThrottlingException`
    pub const THROTTLING: &str = "CloudWatchLogs.ThrottlingException";
    /// `CloudWatchLogs.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "CloudWatchLogs.TooManyTagsException";
    /// `CloudWatchLogs.UnrecognizedClientException`
    pub const UNRECOGNIZED_CLIENT: &str = "CloudWatchLogs.UnrecognizedClientException";
    /// `CloudWatchLogs.ValidationException`
    pub const VALIDATION: &str = "CloudWatchLogs.ValidationException";
}

/// `aws-sdk:cloudwatchomni` errors.
pub mod cloudwatchomni {
    /// `CloudWatchOmni.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "CloudWatchOmni.AccessDeniedException";
    /// `CloudWatchOmni.ConflictException`
    pub const CONFLICT: &str = "CloudWatchOmni.ConflictException";
    /// `CloudWatchOmni.InternalServerException`
    pub const INTERNAL_SERVER: &str = "CloudWatchOmni.InternalServerException";
    /// `CloudWatchOmni.PolicyTooLargeException`
    pub const POLICY_TOO_LARGE: &str = "CloudWatchOmni.PolicyTooLargeException";
    /// `CloudWatchOmni.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "CloudWatchOmni.ResourceNotFoundException";
    /// `CloudWatchOmni.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "CloudWatchOmni.ServiceQuotaExceededException";
    /// `CloudWatchOmni.ThrottlingException`
    pub const THROTTLING: &str = "CloudWatchOmni.ThrottlingException";
    /// `CloudWatchOmni.ValidationException`
    pub const VALIDATION: &str = "CloudWatchOmni.ValidationException";
}

/// `aws-sdk:codeartifact` errors.
pub mod codeartifact {
    /// `Codeartifact.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Codeartifact.AccessDeniedException";
    /// `Codeartifact.ConflictException`
    pub const CONFLICT: &str = "Codeartifact.ConflictException";
    /// `Codeartifact.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Codeartifact.InternalServerException";
    /// `Codeartifact.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Codeartifact.ResourceNotFoundException";
    /// `Codeartifact.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Codeartifact.ServiceQuotaExceededException";
    /// `Codeartifact.ThrottlingException`
    pub const THROTTLING: &str = "Codeartifact.ThrottlingException";
    /// `Codeartifact.ValidationException`
    pub const VALIDATION: &str = "Codeartifact.ValidationException";
}

/// `aws-sdk:codebuild` errors.
pub mod codebuild {
    /// `CodeBuild.AccountLimitExceededException`
    pub const ACCOUNT_LIMIT_EXCEEDED: &str = "CodeBuild.AccountLimitExceededException";
    /// `CodeBuild.AccountSuspendedException`
    pub const ACCOUNT_SUSPENDED: &str = "CodeBuild.AccountSuspendedException";
    /// `CodeBuild.InvalidInputException`
    pub const INVALID_INPUT: &str = "CodeBuild.InvalidInputException";
    /// `CodeBuild.OAuthProviderException`
    pub const O_AUTH_PROVIDER: &str = "CodeBuild.OAuthProviderException";
    /// `CodeBuild.ResourceAlreadyExistsException`
    pub const RESOURCE_ALREADY_EXISTS: &str = "CodeBuild.ResourceAlreadyExistsException";
    /// `CodeBuild.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "CodeBuild.ResourceNotFoundException";
}

/// `aws-sdk:codecatalyst` errors.
pub mod codecatalyst {
    /// `CodeCatalyst.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "CodeCatalyst.AccessDeniedException";
    /// `CodeCatalyst.ConflictException`
    pub const CONFLICT: &str = "CodeCatalyst.ConflictException";
    /// `CodeCatalyst.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "CodeCatalyst.ResourceNotFoundException";
    /// `CodeCatalyst.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "CodeCatalyst.ServiceQuotaExceededException";
    /// `CodeCatalyst.ThrottlingException`
    pub const THROTTLING: &str = "CodeCatalyst.ThrottlingException";
    /// `CodeCatalyst.ValidationException`
    pub const VALIDATION: &str = "CodeCatalyst.ValidationException";
}

/// `aws-sdk:codecommit` errors.
pub mod codecommit {
    /// `CodeCommit.ActorDoesNotExistException`
    pub const ACTOR_DOES_NOT_EXIST: &str = "CodeCommit.ActorDoesNotExistException";
    /// `CodeCommit.ApprovalRuleContentRequiredException`
    pub const APPROVAL_RULE_CONTENT_REQUIRED: &str = "CodeCommit.ApprovalRuleContentRequiredException";
    /// `CodeCommit.ApprovalRuleDoesNotExistException`
    pub const APPROVAL_RULE_DOES_NOT_EXIST: &str = "CodeCommit.ApprovalRuleDoesNotExistException";
    /// `CodeCommit.ApprovalRuleNameAlreadyExistsException`
    pub const APPROVAL_RULE_NAME_ALREADY_EXISTS: &str = "CodeCommit.ApprovalRuleNameAlreadyExistsException";
    /// `CodeCommit.ApprovalRuleNameRequiredException`
    pub const APPROVAL_RULE_NAME_REQUIRED: &str = "CodeCommit.ApprovalRuleNameRequiredException";
    /// `CodeCommit.ApprovalRuleTemplateContentRequiredException`
    pub const APPROVAL_RULE_TEMPLATE_CONTENT_REQUIRED: &str = "CodeCommit.ApprovalRuleTemplateContentRequiredException";
    /// `CodeCommit.ApprovalRuleTemplateDoesNotExistException`
    pub const APPROVAL_RULE_TEMPLATE_DOES_NOT_EXIST: &str = "CodeCommit.ApprovalRuleTemplateDoesNotExistException";
    /// `CodeCommit.ApprovalRuleTemplateInUseException`
    pub const APPROVAL_RULE_TEMPLATE_IN_USE: &str = "CodeCommit.ApprovalRuleTemplateInUseException";
    /// `CodeCommit.ApprovalRuleTemplateNameAlreadyExistsException`
    pub const APPROVAL_RULE_TEMPLATE_NAME_ALREADY_EXISTS: &str = "CodeCommit.ApprovalRuleTemplateNameAlreadyExistsException";
    /// `CodeCommit.ApprovalRuleTemplateNameRequiredException`
    pub const APPROVAL_RULE_TEMPLATE_NAME_REQUIRED: &str = "CodeCommit.ApprovalRuleTemplateNameRequiredException";
    /// `CodeCommit.ApprovalStateRequiredException`
    pub const APPROVAL_STATE_REQUIRED: &str = "CodeCommit.ApprovalStateRequiredException";
    /// `CodeCommit.AuthorDoesNotExistException`
    pub const AUTHOR_DOES_NOT_EXIST: &str = "CodeCommit.AuthorDoesNotExistException";
    /// `CodeCommit.BeforeCommitIdAndAfterCommitIdAreSameException`
    pub const BEFORE_COMMIT_ID_AND_AFTER_COMMIT_ID_ARE_SAME: &str = "CodeCommit.BeforeCommitIdAndAfterCommitIdAreSameException";
    /// `CodeCommit.BlobIdDoesNotExistException`
    pub const BLOB_ID_DOES_NOT_EXIST: &str = "CodeCommit.BlobIdDoesNotExistException";
    /// `CodeCommit.BlobIdRequiredException`
    pub const BLOB_ID_REQUIRED: &str = "CodeCommit.BlobIdRequiredException";
    /// `CodeCommit.BranchDoesNotExistException`
    pub const BRANCH_DOES_NOT_EXIST: &str = "CodeCommit.BranchDoesNotExistException";
    /// `CodeCommit.BranchNameExistsException`
    pub const BRANCH_NAME_EXISTS: &str = "CodeCommit.BranchNameExistsException";
    /// `CodeCommit.BranchNameIsTagNameException`
    pub const BRANCH_NAME_IS_TAG_NAME: &str = "CodeCommit.BranchNameIsTagNameException";
    /// `CodeCommit.BranchNameRequiredException`
    pub const BRANCH_NAME_REQUIRED: &str = "CodeCommit.BranchNameRequiredException";
    /// `CodeCommit.CannotDeleteApprovalRuleFromTemplateException`
    pub const CANNOT_DELETE_APPROVAL_RULE_FROM_TEMPLATE: &str = "CodeCommit.CannotDeleteApprovalRuleFromTemplateException";
    /// `CodeCommit.CannotModifyApprovalRuleFromTemplateException`
    pub const CANNOT_MODIFY_APPROVAL_RULE_FROM_TEMPLATE: &str = "CodeCommit.CannotModifyApprovalRuleFromTemplateException";
    /// `CodeCommit.ClientRequestTokenRequiredException`
    pub const CLIENT_REQUEST_TOKEN_REQUIRED: &str = "CodeCommit.ClientRequestTokenRequiredException";
    /// `CodeCommit.CommentContentRequiredException`
    pub const COMMENT_CONTENT_REQUIRED: &str = "CodeCommit.CommentContentRequiredException";
    /// `CodeCommit.CommentContentSizeLimitExceededException`
    pub const COMMENT_CONTENT_SIZE_LIMIT_EXCEEDED: &str = "CodeCommit.CommentContentSizeLimitExceededException";
    /// `CodeCommit.CommentDeletedException`
    pub const COMMENT_DELETED: &str = "CodeCommit.CommentDeletedException";
    /// `CodeCommit.CommentDoesNotExistException`
    pub const COMMENT_DOES_NOT_EXIST: &str = "CodeCommit.CommentDoesNotExistException";
    /// `CodeCommit.CommentIdRequiredException`
    pub const COMMENT_ID_REQUIRED: &str = "CodeCommit.CommentIdRequiredException";
    /// `CodeCommit.CommentNotCreatedByCallerException`
    pub const COMMENT_NOT_CREATED_BY_CALLER: &str = "CodeCommit.CommentNotCreatedByCallerException";
    /// `CodeCommit.CommitDoesNotExistException`
    pub const COMMIT_DOES_NOT_EXIST: &str = "CodeCommit.CommitDoesNotExistException";
    /// `CodeCommit.CommitIdDoesNotExistException`
    pub const COMMIT_ID_DOES_NOT_EXIST: &str = "CodeCommit.CommitIdDoesNotExistException";
    /// `CodeCommit.CommitIdRequiredException`
    pub const COMMIT_ID_REQUIRED: &str = "CodeCommit.CommitIdRequiredException";
    /// `CodeCommit.CommitIdsLimitExceededException`
    pub const COMMIT_IDS_LIMIT_EXCEEDED: &str = "CodeCommit.CommitIdsLimitExceededException";
    /// `CodeCommit.CommitIdsListRequiredException`
    pub const COMMIT_IDS_LIST_REQUIRED: &str = "CodeCommit.CommitIdsListRequiredException";
    /// `CodeCommit.CommitMessageLengthExceededException`
    pub const COMMIT_MESSAGE_LENGTH_EXCEEDED: &str = "CodeCommit.CommitMessageLengthExceededException";
    /// `CodeCommit.CommitRequiredException`
    pub const COMMIT_REQUIRED: &str = "CodeCommit.CommitRequiredException";
    /// `CodeCommit.ConcurrentReferenceUpdateException`
    pub const CONCURRENT_REFERENCE_UPDATE: &str = "CodeCommit.ConcurrentReferenceUpdateException";
    /// `CodeCommit.DefaultBranchCannotBeDeletedException`
    pub const DEFAULT_BRANCH_CANNOT_BE_DELETED: &str = "CodeCommit.DefaultBranchCannotBeDeletedException";
    /// `CodeCommit.DirectoryNameConflictsWithFileNameException`
    pub const DIRECTORY_NAME_CONFLICTS_WITH_FILE_NAME: &str = "CodeCommit.DirectoryNameConflictsWithFileNameException";
    /// `CodeCommit.EncryptionIntegrityChecksFailedException`
    pub const ENCRYPTION_INTEGRITY_CHECKS_FAILED: &str = "CodeCommit.EncryptionIntegrityChecksFailedException";
    /// `CodeCommit.EncryptionKeyAccessDeniedException`
    pub const ENCRYPTION_KEY_ACCESS_DENIED: &str = "CodeCommit.EncryptionKeyAccessDeniedException";
    /// `CodeCommit.EncryptionKeyDisabledException`
    pub const ENCRYPTION_KEY_DISABLED: &str = "CodeCommit.EncryptionKeyDisabledException";
    /// `CodeCommit.EncryptionKeyInvalidIdException`
    pub const ENCRYPTION_KEY_INVALID_ID: &str = "CodeCommit.EncryptionKeyInvalidIdException";
    /// `CodeCommit.EncryptionKeyInvalidUsageException`
    pub const ENCRYPTION_KEY_INVALID_USAGE: &str = "CodeCommit.EncryptionKeyInvalidUsageException";
    /// `CodeCommit.EncryptionKeyNotFoundException`
    pub const ENCRYPTION_KEY_NOT_FOUND: &str = "CodeCommit.EncryptionKeyNotFoundException";
    /// `CodeCommit.EncryptionKeyRequiredException`
    pub const ENCRYPTION_KEY_REQUIRED: &str = "CodeCommit.EncryptionKeyRequiredException";
    /// `CodeCommit.EncryptionKeyUnavailableException`
    pub const ENCRYPTION_KEY_UNAVAILABLE: &str = "CodeCommit.EncryptionKeyUnavailableException";
    /// `CodeCommit.FileContentAndSourceFileSpecifiedException`
    pub const FILE_CONTENT_AND_SOURCE_FILE_SPECIFIED: &str = "CodeCommit.FileContentAndSourceFileSpecifiedException";
    /// `CodeCommit.FileContentRequiredException`
    pub const FILE_CONTENT_REQUIRED: &str = "CodeCommit.FileContentRequiredException";
    /// `CodeCommit.FileContentSizeLimitExceededException`
    pub const FILE_CONTENT_SIZE_LIMIT_EXCEEDED: &str = "CodeCommit.FileContentSizeLimitExceededException";
    /// `CodeCommit.FileDoesNotExistException`
    pub const FILE_DOES_NOT_EXIST: &str = "CodeCommit.FileDoesNotExistException";
    /// `CodeCommit.FileEntryRequiredException`
    pub const FILE_ENTRY_REQUIRED: &str = "CodeCommit.FileEntryRequiredException";
    /// `CodeCommit.FileModeRequiredException`
    pub const FILE_MODE_REQUIRED: &str = "CodeCommit.FileModeRequiredException";
    /// `CodeCommit.FileNameConflictsWithDirectoryNameException`
    pub const FILE_NAME_CONFLICTS_WITH_DIRECTORY_NAME: &str = "CodeCommit.FileNameConflictsWithDirectoryNameException";
    /// `CodeCommit.FilePathConflictsWithSubmodulePathException`
    pub const FILE_PATH_CONFLICTS_WITH_SUBMODULE_PATH: &str = "CodeCommit.FilePathConflictsWithSubmodulePathException";
    /// `CodeCommit.FileTooLargeException`
    pub const FILE_TOO_LARGE: &str = "CodeCommit.FileTooLargeException";
    /// `CodeCommit.FolderContentSizeLimitExceededException`
    pub const FOLDER_CONTENT_SIZE_LIMIT_EXCEEDED: &str = "CodeCommit.FolderContentSizeLimitExceededException";
    /// `CodeCommit.FolderDoesNotExistException`
    pub const FOLDER_DOES_NOT_EXIST: &str = "CodeCommit.FolderDoesNotExistException";
    /// `CodeCommit.IdempotencyParameterMismatchException`
    pub const IDEMPOTENCY_PARAMETER_MISMATCH: &str = "CodeCommit.IdempotencyParameterMismatchException";
    /// `CodeCommit.InvalidActorArnException`
    pub const INVALID_ACTOR_ARN: &str = "CodeCommit.InvalidActorArnException";
    /// `CodeCommit.InvalidApprovalRuleContentException`
    pub const INVALID_APPROVAL_RULE_CONTENT: &str = "CodeCommit.InvalidApprovalRuleContentException";
    /// `CodeCommit.InvalidApprovalRuleNameException`
    pub const INVALID_APPROVAL_RULE_NAME: &str = "CodeCommit.InvalidApprovalRuleNameException";
    /// `CodeCommit.InvalidApprovalRuleTemplateContentException`
    pub const INVALID_APPROVAL_RULE_TEMPLATE_CONTENT: &str = "CodeCommit.InvalidApprovalRuleTemplateContentException";
    /// `CodeCommit.InvalidApprovalRuleTemplateDescriptionException`
    pub const INVALID_APPROVAL_RULE_TEMPLATE_DESCRIPTION: &str = "CodeCommit.InvalidApprovalRuleTemplateDescriptionException";
    /// `CodeCommit.InvalidApprovalRuleTemplateNameException`
    pub const INVALID_APPROVAL_RULE_TEMPLATE_NAME: &str = "CodeCommit.InvalidApprovalRuleTemplateNameException";
    /// `CodeCommit.InvalidApprovalStateException`
    pub const INVALID_APPROVAL_STATE: &str = "CodeCommit.InvalidApprovalStateException";
    /// `CodeCommit.InvalidAuthorArnException`
    pub const INVALID_AUTHOR_ARN: &str = "CodeCommit.InvalidAuthorArnException";
    /// `CodeCommit.InvalidBlobIdException`
    pub const INVALID_BLOB_ID: &str = "CodeCommit.InvalidBlobIdException";
    /// `CodeCommit.InvalidBranchNameException`
    pub const INVALID_BRANCH_NAME: &str = "CodeCommit.InvalidBranchNameException";
    /// `CodeCommit.InvalidClientRequestTokenException`
    pub const INVALID_CLIENT_REQUEST_TOKEN: &str = "CodeCommit.InvalidClientRequestTokenException";
    /// `CodeCommit.InvalidCommentIdException`
    pub const INVALID_COMMENT_ID: &str = "CodeCommit.InvalidCommentIdException";
    /// `CodeCommit.InvalidCommitException`
    pub const INVALID_COMMIT: &str = "CodeCommit.InvalidCommitException";
    /// `CodeCommit.InvalidCommitIdException`
    pub const INVALID_COMMIT_ID: &str = "CodeCommit.InvalidCommitIdException";
    /// `CodeCommit.InvalidConflictDetailLevelException`
    pub const INVALID_CONFLICT_DETAIL_LEVEL: &str = "CodeCommit.InvalidConflictDetailLevelException";
    /// `CodeCommit.InvalidConflictResolutionException`
    pub const INVALID_CONFLICT_RESOLUTION: &str = "CodeCommit.InvalidConflictResolutionException";
    /// `CodeCommit.InvalidConflictResolutionStrategyException`
    pub const INVALID_CONFLICT_RESOLUTION_STRATEGY: &str = "CodeCommit.InvalidConflictResolutionStrategyException";
    /// `CodeCommit.InvalidContinuationTokenException`
    pub const INVALID_CONTINUATION_TOKEN: &str = "CodeCommit.InvalidContinuationTokenException";
    /// `CodeCommit.InvalidDeletionParameterException`
    pub const INVALID_DELETION_PARAMETER: &str = "CodeCommit.InvalidDeletionParameterException";
    /// `CodeCommit.InvalidDescriptionException`
    pub const INVALID_DESCRIPTION: &str = "CodeCommit.InvalidDescriptionException";
    /// `CodeCommit.InvalidDestinationCommitSpecifierException`
    pub const INVALID_DESTINATION_COMMIT_SPECIFIER: &str = "CodeCommit.InvalidDestinationCommitSpecifierException";
    /// `CodeCommit.InvalidEmailException`
    pub const INVALID_EMAIL: &str = "CodeCommit.InvalidEmailException";
    /// `CodeCommit.InvalidFileLocationException`
    pub const INVALID_FILE_LOCATION: &str = "CodeCommit.InvalidFileLocationException";
    /// `CodeCommit.InvalidFileModeException`
    pub const INVALID_FILE_MODE: &str = "CodeCommit.InvalidFileModeException";
    /// `CodeCommit.InvalidFilePositionException`
    pub const INVALID_FILE_POSITION: &str = "CodeCommit.InvalidFilePositionException";
    /// `CodeCommit.InvalidMaxConflictFilesException`
    pub const INVALID_MAX_CONFLICT_FILES: &str = "CodeCommit.InvalidMaxConflictFilesException";
    /// `CodeCommit.InvalidMaxMergeHunksException`
    pub const INVALID_MAX_MERGE_HUNKS: &str = "CodeCommit.InvalidMaxMergeHunksException";
    /// `CodeCommit.InvalidMaxResultsException`
    pub const INVALID_MAX_RESULTS: &str = "CodeCommit.InvalidMaxResultsException";
    /// `CodeCommit.InvalidMergeOptionException`
    pub const INVALID_MERGE_OPTION: &str = "CodeCommit.InvalidMergeOptionException";
    /// `CodeCommit.InvalidOrderException`
    pub const INVALID_ORDER: &str = "CodeCommit.InvalidOrderException";
    /// `CodeCommit.InvalidOverrideStatusException`
    pub const INVALID_OVERRIDE_STATUS: &str = "CodeCommit.InvalidOverrideStatusException";
    /// `CodeCommit.InvalidParentCommitIdException`
    pub const INVALID_PARENT_COMMIT_ID: &str = "CodeCommit.InvalidParentCommitIdException";
    /// `CodeCommit.InvalidPathException`
    pub const INVALID_PATH: &str = "CodeCommit.InvalidPathException";
    /// `CodeCommit.InvalidPullRequestEventTypeException`
    pub const INVALID_PULL_REQUEST_EVENT_TYPE: &str = "CodeCommit.InvalidPullRequestEventTypeException";
    /// `CodeCommit.InvalidPullRequestIdException`
    pub const INVALID_PULL_REQUEST_ID: &str = "CodeCommit.InvalidPullRequestIdException";
    /// `CodeCommit.InvalidPullRequestStatusException`
    pub const INVALID_PULL_REQUEST_STATUS: &str = "CodeCommit.InvalidPullRequestStatusException";
    /// `CodeCommit.InvalidPullRequestStatusUpdateException`
    pub const INVALID_PULL_REQUEST_STATUS_UPDATE: &str = "CodeCommit.InvalidPullRequestStatusUpdateException";
    /// `CodeCommit.InvalidReactionUserArnException`
    pub const INVALID_REACTION_USER_ARN: &str = "CodeCommit.InvalidReactionUserArnException";
    /// `CodeCommit.InvalidReactionValueException`
    pub const INVALID_REACTION_VALUE: &str = "CodeCommit.InvalidReactionValueException";
    /// `CodeCommit.InvalidReferenceNameException`
    pub const INVALID_REFERENCE_NAME: &str = "CodeCommit.InvalidReferenceNameException";
    /// `CodeCommit.InvalidRelativeFileVersionEnumException`
    pub const INVALID_RELATIVE_FILE_VERSION_ENUM: &str = "CodeCommit.InvalidRelativeFileVersionEnumException";
    /// `CodeCommit.InvalidReplacementContentException`
    pub const INVALID_REPLACEMENT_CONTENT: &str = "CodeCommit.InvalidReplacementContentException";
    /// `CodeCommit.InvalidReplacementTypeException`
    pub const INVALID_REPLACEMENT_TYPE: &str = "CodeCommit.InvalidReplacementTypeException";
    /// `CodeCommit.InvalidRepositoryDescriptionException`
    pub const INVALID_REPOSITORY_DESCRIPTION: &str = "CodeCommit.InvalidRepositoryDescriptionException";
    /// `CodeCommit.InvalidRepositoryNameException`
    pub const INVALID_REPOSITORY_NAME: &str = "CodeCommit.InvalidRepositoryNameException";
    /// `CodeCommit.InvalidRepositoryTriggerBranchNameException`
    pub const INVALID_REPOSITORY_TRIGGER_BRANCH_NAME: &str = "CodeCommit.InvalidRepositoryTriggerBranchNameException";
    /// `CodeCommit.InvalidRepositoryTriggerCustomDataException`
    pub const INVALID_REPOSITORY_TRIGGER_CUSTOM_DATA: &str = "CodeCommit.InvalidRepositoryTriggerCustomDataException";
    /// `CodeCommit.InvalidRepositoryTriggerDestinationArnException`
    pub const INVALID_REPOSITORY_TRIGGER_DESTINATION_ARN: &str = "CodeCommit.InvalidRepositoryTriggerDestinationArnException";
    /// `CodeCommit.InvalidRepositoryTriggerEventsException`
    pub const INVALID_REPOSITORY_TRIGGER_EVENTS: &str = "CodeCommit.InvalidRepositoryTriggerEventsException";
    /// `CodeCommit.InvalidRepositoryTriggerNameException`
    pub const INVALID_REPOSITORY_TRIGGER_NAME: &str = "CodeCommit.InvalidRepositoryTriggerNameException";
    /// `CodeCommit.InvalidRepositoryTriggerRegionException`
    pub const INVALID_REPOSITORY_TRIGGER_REGION: &str = "CodeCommit.InvalidRepositoryTriggerRegionException";
    /// `CodeCommit.InvalidResourceArnException`
    pub const INVALID_RESOURCE_ARN: &str = "CodeCommit.InvalidResourceArnException";
    /// `CodeCommit.InvalidRevisionIdException`
    pub const INVALID_REVISION_ID: &str = "CodeCommit.InvalidRevisionIdException";
    /// `CodeCommit.InvalidRuleContentSha256Exception`
    pub const INVALID_RULE_CONTENT_SHA256: &str = "CodeCommit.InvalidRuleContentSha256Exception";
    /// `CodeCommit.InvalidSortByException`
    pub const INVALID_SORT_BY: &str = "CodeCommit.InvalidSortByException";
    /// `CodeCommit.InvalidSourceCommitSpecifierException`
    pub const INVALID_SOURCE_COMMIT_SPECIFIER: &str = "CodeCommit.InvalidSourceCommitSpecifierException";
    /// `CodeCommit.InvalidSystemTagUsageException`
    pub const INVALID_SYSTEM_TAG_USAGE: &str = "CodeCommit.InvalidSystemTagUsageException";
    /// `CodeCommit.InvalidTagKeysListException`
    pub const INVALID_TAG_KEYS_LIST: &str = "CodeCommit.InvalidTagKeysListException";
    /// `CodeCommit.InvalidTagsMapException`
    pub const INVALID_TAGS_MAP: &str = "CodeCommit.InvalidTagsMapException";
    /// `CodeCommit.InvalidTargetBranchException`
    pub const INVALID_TARGET_BRANCH: &str = "CodeCommit.InvalidTargetBranchException";
    /// `CodeCommit.InvalidTargetException`
    pub const INVALID_TARGET: &str = "CodeCommit.InvalidTargetException";
    /// `CodeCommit.InvalidTargetsException`
    pub const INVALID_TARGETS: &str = "CodeCommit.InvalidTargetsException";
    /// `CodeCommit.InvalidTitleException`
    pub const INVALID_TITLE: &str = "CodeCommit.InvalidTitleException";
    /// `CodeCommit.ManualMergeRequiredException`
    pub const MANUAL_MERGE_REQUIRED: &str = "CodeCommit.ManualMergeRequiredException";
    /// `CodeCommit.MaximumBranchesExceededException`
    pub const MAXIMUM_BRANCHES_EXCEEDED: &str = "CodeCommit.MaximumBranchesExceededException";
    /// `CodeCommit.MaximumConflictResolutionEntriesExceededException`
    pub const MAXIMUM_CONFLICT_RESOLUTION_ENTRIES_EXCEEDED: &str = "CodeCommit.MaximumConflictResolutionEntriesExceededException";
    /// `CodeCommit.MaximumFileContentToLoadExceededException`
    pub const MAXIMUM_FILE_CONTENT_TO_LOAD_EXCEEDED: &str = "CodeCommit.MaximumFileContentToLoadExceededException";
    /// `CodeCommit.MaximumFileEntriesExceededException`
    pub const MAXIMUM_FILE_ENTRIES_EXCEEDED: &str = "CodeCommit.MaximumFileEntriesExceededException";
    /// `CodeCommit.MaximumItemsToCompareExceededException`
    pub const MAXIMUM_ITEMS_TO_COMPARE_EXCEEDED: &str = "CodeCommit.MaximumItemsToCompareExceededException";
    /// `CodeCommit.MaximumNumberOfApprovalsExceededException`
    pub const MAXIMUM_NUMBER_OF_APPROVALS_EXCEEDED: &str = "CodeCommit.MaximumNumberOfApprovalsExceededException";
    /// `CodeCommit.MaximumOpenPullRequestsExceededException`
    pub const MAXIMUM_OPEN_PULL_REQUESTS_EXCEEDED: &str = "CodeCommit.MaximumOpenPullRequestsExceededException";
    /// `CodeCommit.MaximumRepositoryNamesExceededException`
    pub const MAXIMUM_REPOSITORY_NAMES_EXCEEDED: &str = "CodeCommit.MaximumRepositoryNamesExceededException";
    /// `CodeCommit.MaximumRepositoryTriggersExceededException`
    pub const MAXIMUM_REPOSITORY_TRIGGERS_EXCEEDED: &str = "CodeCommit.MaximumRepositoryTriggersExceededException";
    /// `CodeCommit.MaximumRuleTemplatesAssociatedWithRepositoryException`
    pub const MAXIMUM_RULE_TEMPLATES_ASSOCIATED_WITH_REPOSITORY: &str = "CodeCommit.MaximumRuleTemplatesAssociatedWithRepositoryException";
    /// `CodeCommit.MergeOptionRequiredException`
    pub const MERGE_OPTION_REQUIRED: &str = "CodeCommit.MergeOptionRequiredException";
    /// `CodeCommit.MultipleConflictResolutionEntriesException`
    pub const MULTIPLE_CONFLICT_RESOLUTION_ENTRIES: &str = "CodeCommit.MultipleConflictResolutionEntriesException";
    /// `CodeCommit.MultipleRepositoriesInPullRequestException`
    pub const MULTIPLE_REPOSITORIES_IN_PULL_REQUEST: &str = "CodeCommit.MultipleRepositoriesInPullRequestException";
    /// `CodeCommit.NameLengthExceededException`
    pub const NAME_LENGTH_EXCEEDED: &str = "CodeCommit.NameLengthExceededException";
    /// `CodeCommit.NoChangeException`
    pub const NO_CHANGE: &str = "CodeCommit.NoChangeException";
    /// `CodeCommit.NumberOfRuleTemplatesExceededException`
    pub const NUMBER_OF_RULE_TEMPLATES_EXCEEDED: &str = "CodeCommit.NumberOfRuleTemplatesExceededException";
    /// `CodeCommit.NumberOfRulesExceededException`
    pub const NUMBER_OF_RULES_EXCEEDED: &str = "CodeCommit.NumberOfRulesExceededException";
    /// `CodeCommit.OperationNotAllowedException`
    pub const OPERATION_NOT_ALLOWED: &str = "CodeCommit.OperationNotAllowedException";
    /// `CodeCommit.OverrideAlreadySetException`
    pub const OVERRIDE_ALREADY_SET: &str = "CodeCommit.OverrideAlreadySetException";
    /// `CodeCommit.OverrideStatusRequiredException`
    pub const OVERRIDE_STATUS_REQUIRED: &str = "CodeCommit.OverrideStatusRequiredException";
    /// `CodeCommit.ParentCommitDoesNotExistException`
    pub const PARENT_COMMIT_DOES_NOT_EXIST: &str = "CodeCommit.ParentCommitDoesNotExistException";
    /// `CodeCommit.ParentCommitIdOutdatedException`
    pub const PARENT_COMMIT_ID_OUTDATED: &str = "CodeCommit.ParentCommitIdOutdatedException";
    /// `CodeCommit.ParentCommitIdRequiredException`
    pub const PARENT_COMMIT_ID_REQUIRED: &str = "CodeCommit.ParentCommitIdRequiredException";
    /// `CodeCommit.PathDoesNotExistException`
    pub const PATH_DOES_NOT_EXIST: &str = "CodeCommit.PathDoesNotExistException";
    /// `CodeCommit.PathRequiredException`
    pub const PATH_REQUIRED: &str = "CodeCommit.PathRequiredException";
    /// `CodeCommit.PullRequestAlreadyClosedException`
    pub const PULL_REQUEST_ALREADY_CLOSED: &str = "CodeCommit.PullRequestAlreadyClosedException";
    /// `CodeCommit.PullRequestApprovalRulesNotSatisfiedException`
    pub const PULL_REQUEST_APPROVAL_RULES_NOT_SATISFIED: &str = "CodeCommit.PullRequestApprovalRulesNotSatisfiedException";
    /// `CodeCommit.PullRequestCannotBeApprovedByAuthorException`
    pub const PULL_REQUEST_CANNOT_BE_APPROVED_BY_AUTHOR: &str = "CodeCommit.PullRequestCannotBeApprovedByAuthorException";
    /// `CodeCommit.PullRequestDoesNotExistException`
    pub const PULL_REQUEST_DOES_NOT_EXIST: &str = "CodeCommit.PullRequestDoesNotExistException";
    /// `CodeCommit.PullRequestIdRequiredException`
    pub const PULL_REQUEST_ID_REQUIRED: &str = "CodeCommit.PullRequestIdRequiredException";
    /// `CodeCommit.PullRequestStatusRequiredException`
    pub const PULL_REQUEST_STATUS_REQUIRED: &str = "CodeCommit.PullRequestStatusRequiredException";
    /// `CodeCommit.PutFileEntryConflictException`
    pub const PUT_FILE_ENTRY_CONFLICT: &str = "CodeCommit.PutFileEntryConflictException";
    /// `CodeCommit.ReactionLimitExceededException`
    pub const REACTION_LIMIT_EXCEEDED: &str = "CodeCommit.ReactionLimitExceededException";
    /// `CodeCommit.ReactionValueRequiredException`
    pub const REACTION_VALUE_REQUIRED: &str = "CodeCommit.ReactionValueRequiredException";
    /// `CodeCommit.ReferenceDoesNotExistException`
    pub const REFERENCE_DOES_NOT_EXIST: &str = "CodeCommit.ReferenceDoesNotExistException";
    /// `CodeCommit.ReferenceNameRequiredException`
    pub const REFERENCE_NAME_REQUIRED: &str = "CodeCommit.ReferenceNameRequiredException";
    /// `CodeCommit.ReferenceTypeNotSupportedException`
    pub const REFERENCE_TYPE_NOT_SUPPORTED: &str = "CodeCommit.ReferenceTypeNotSupportedException";
    /// `CodeCommit.ReplacementContentRequiredException`
    pub const REPLACEMENT_CONTENT_REQUIRED: &str = "CodeCommit.ReplacementContentRequiredException";
    /// `CodeCommit.ReplacementTypeRequiredException`
    pub const REPLACEMENT_TYPE_REQUIRED: &str = "CodeCommit.ReplacementTypeRequiredException";
    /// `CodeCommit.RepositoryDoesNotExistException`
    pub const REPOSITORY_DOES_NOT_EXIST: &str = "CodeCommit.RepositoryDoesNotExistException";
    /// `CodeCommit.RepositoryLimitExceededException`
    pub const REPOSITORY_LIMIT_EXCEEDED: &str = "CodeCommit.RepositoryLimitExceededException";
    /// `CodeCommit.RepositoryNameExistsException`
    pub const REPOSITORY_NAME_EXISTS: &str = "CodeCommit.RepositoryNameExistsException";
    /// `CodeCommit.RepositoryNameRequiredException`
    pub const REPOSITORY_NAME_REQUIRED: &str = "CodeCommit.RepositoryNameRequiredException";
    /// `CodeCommit.RepositoryNamesRequiredException`
    pub const REPOSITORY_NAMES_REQUIRED: &str = "CodeCommit.RepositoryNamesRequiredException";
    /// `CodeCommit.RepositoryNotAssociatedWithPullRequestException`
    pub const REPOSITORY_NOT_ASSOCIATED_WITH_PULL_REQUEST: &str = "CodeCommit.RepositoryNotAssociatedWithPullRequestException";
    /// `CodeCommit.RepositoryTriggerBranchNameListRequiredException`
    pub const REPOSITORY_TRIGGER_BRANCH_NAME_LIST_REQUIRED: &str = "CodeCommit.RepositoryTriggerBranchNameListRequiredException";
    /// `CodeCommit.RepositoryTriggerDestinationArnRequiredException`
    pub const REPOSITORY_TRIGGER_DESTINATION_ARN_REQUIRED: &str = "CodeCommit.RepositoryTriggerDestinationArnRequiredException";
    /// `CodeCommit.RepositoryTriggerEventsListRequiredException`
    pub const REPOSITORY_TRIGGER_EVENTS_LIST_REQUIRED: &str = "CodeCommit.RepositoryTriggerEventsListRequiredException";
    /// `CodeCommit.RepositoryTriggerNameRequiredException`
    pub const REPOSITORY_TRIGGER_NAME_REQUIRED: &str = "CodeCommit.RepositoryTriggerNameRequiredException";
    /// `CodeCommit.RepositoryTriggersListRequiredException`
    pub const REPOSITORY_TRIGGERS_LIST_REQUIRED: &str = "CodeCommit.RepositoryTriggersListRequiredException";
    /// `CodeCommit.ResourceArnRequiredException`
    pub const RESOURCE_ARN_REQUIRED: &str = "CodeCommit.ResourceArnRequiredException";
    /// `CodeCommit.RestrictedSourceFileException`
    pub const RESTRICTED_SOURCE_FILE: &str = "CodeCommit.RestrictedSourceFileException";
    /// `CodeCommit.RevisionIdRequiredException`
    pub const REVISION_ID_REQUIRED: &str = "CodeCommit.RevisionIdRequiredException";
    /// `CodeCommit.RevisionNotCurrentException`
    pub const REVISION_NOT_CURRENT: &str = "CodeCommit.RevisionNotCurrentException";
    /// `CodeCommit.SameFileContentException`
    pub const SAME_FILE_CONTENT: &str = "CodeCommit.SameFileContentException";
    /// `CodeCommit.SamePathRequestException`
    pub const SAME_PATH_REQUEST: &str = "CodeCommit.SamePathRequestException";
    /// `CodeCommit.SourceAndDestinationAreSameException`
    pub const SOURCE_AND_DESTINATION_ARE_SAME: &str = "CodeCommit.SourceAndDestinationAreSameException";
    /// `CodeCommit.SourceFileOrContentRequiredException`
    pub const SOURCE_FILE_OR_CONTENT_REQUIRED: &str = "CodeCommit.SourceFileOrContentRequiredException";
    /// `CodeCommit.TagKeysListRequiredException`
    pub const TAG_KEYS_LIST_REQUIRED: &str = "CodeCommit.TagKeysListRequiredException";
    /// `CodeCommit.TagPolicyException`
    pub const TAG_POLICY: &str = "CodeCommit.TagPolicyException";
    /// `CodeCommit.TagsMapRequiredException`
    pub const TAGS_MAP_REQUIRED: &str = "CodeCommit.TagsMapRequiredException";
    /// `CodeCommit.TargetRequiredException`
    pub const TARGET_REQUIRED: &str = "CodeCommit.TargetRequiredException";
    /// `CodeCommit.TargetsRequiredException`
    pub const TARGETS_REQUIRED: &str = "CodeCommit.TargetsRequiredException";
    /// `CodeCommit.TipOfSourceReferenceIsDifferentException`
    pub const TIP_OF_SOURCE_REFERENCE_IS_DIFFERENT: &str = "CodeCommit.TipOfSourceReferenceIsDifferentException";
    /// `CodeCommit.TipsDivergenceExceededException`
    pub const TIPS_DIVERGENCE_EXCEEDED: &str = "CodeCommit.TipsDivergenceExceededException";
    /// `CodeCommit.TitleRequiredException`
    pub const TITLE_REQUIRED: &str = "CodeCommit.TitleRequiredException";
    /// `CodeCommit.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "CodeCommit.TooManyTagsException";
    /// `CodeCommit.ValidationException`
    pub const VALIDATION: &str = "CodeCommit.ValidationException";
}

/// `aws-sdk:codeconnections` errors.
pub mod codeconnections {
    /// `CodeConnections.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "CodeConnections.AccessDeniedException";
    /// `CodeConnections.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "CodeConnections.ConcurrentModificationException";
    /// `CodeConnections.ConditionalCheckFailedException`
    pub const CONDITIONAL_CHECK_FAILED: &str = "CodeConnections.ConditionalCheckFailedException";
    /// `CodeConnections.ConflictException`
    pub const CONFLICT: &str = "CodeConnections.ConflictException";
    /// `CodeConnections.InternalServerException`
    pub const INTERNAL_SERVER: &str = "CodeConnections.InternalServerException";
    /// `CodeConnections.InvalidInputException`
    pub const INVALID_INPUT: &str = "CodeConnections.InvalidInputException";
    /// `CodeConnections.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "CodeConnections.LimitExceededException";
    /// `CodeConnections.ResourceAlreadyExistsException`
    pub const RESOURCE_ALREADY_EXISTS: &str = "CodeConnections.ResourceAlreadyExistsException";
    /// `CodeConnections.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "CodeConnections.ResourceNotFoundException";
    /// `CodeConnections.ResourceUnavailableException`
    pub const RESOURCE_UNAVAILABLE: &str = "CodeConnections.ResourceUnavailableException";
    /// `CodeConnections.RetryLatestCommitFailedException`
    pub const RETRY_LATEST_COMMIT_FAILED: &str = "CodeConnections.RetryLatestCommitFailedException";
    /// `CodeConnections.SyncBlockerDoesNotExistException`
    pub const SYNC_BLOCKER_DOES_NOT_EXIST: &str = "CodeConnections.SyncBlockerDoesNotExistException";
    /// `CodeConnections.SyncConfigurationStillExistsException`
    pub const SYNC_CONFIGURATION_STILL_EXISTS: &str = "CodeConnections.SyncConfigurationStillExistsException";
    /// `CodeConnections.ThrottlingException`
    pub const THROTTLING: &str = "CodeConnections.ThrottlingException";
    /// `CodeConnections.UnsupportedOperationException`
    pub const UNSUPPORTED_OPERATION: &str = "CodeConnections.UnsupportedOperationException";
    /// `CodeConnections.UnsupportedProviderTypeException`
    pub const UNSUPPORTED_PROVIDER_TYPE: &str = "CodeConnections.UnsupportedProviderTypeException";
    /// `CodeConnections.UpdateOutOfSyncException`
    pub const UPDATE_OUT_OF_SYNC: &str = "CodeConnections.UpdateOutOfSyncException";
}

/// `aws-sdk:codedeploy` errors.
pub mod codedeploy {
    /// `CodeDeploy.AlarmsLimitExceededException`
    pub const ALARMS_LIMIT_EXCEEDED: &str = "CodeDeploy.AlarmsLimitExceededException";
    /// `CodeDeploy.ApplicationAlreadyExistsException`
    pub const APPLICATION_ALREADY_EXISTS: &str = "CodeDeploy.ApplicationAlreadyExistsException";
    /// `CodeDeploy.ApplicationDoesNotExistException`
    pub const APPLICATION_DOES_NOT_EXIST: &str = "CodeDeploy.ApplicationDoesNotExistException";
    /// `CodeDeploy.ApplicationLimitExceededException`
    pub const APPLICATION_LIMIT_EXCEEDED: &str = "CodeDeploy.ApplicationLimitExceededException";
    /// `CodeDeploy.ApplicationNameRequiredException`
    pub const APPLICATION_NAME_REQUIRED: &str = "CodeDeploy.ApplicationNameRequiredException";
    /// `CodeDeploy.ArnNotSupportedException`
    pub const ARN_NOT_SUPPORTED: &str = "CodeDeploy.ArnNotSupportedException";
    /// `CodeDeploy.BatchLimitExceededException`
    pub const BATCH_LIMIT_EXCEEDED: &str = "CodeDeploy.BatchLimitExceededException";
    /// `CodeDeploy.BucketNameFilterRequiredException`
    pub const BUCKET_NAME_FILTER_REQUIRED: &str = "CodeDeploy.BucketNameFilterRequiredException";
    /// `CodeDeploy.DeploymentAlreadyCompletedException`
    pub const DEPLOYMENT_ALREADY_COMPLETED: &str = "CodeDeploy.DeploymentAlreadyCompletedException";
    /// `CodeDeploy.DeploymentAlreadyStartedException`
    pub const DEPLOYMENT_ALREADY_STARTED: &str = "CodeDeploy.DeploymentAlreadyStartedException";
    /// `CodeDeploy.DeploymentConfigAlreadyExistsException`
    pub const DEPLOYMENT_CONFIG_ALREADY_EXISTS: &str = "CodeDeploy.DeploymentConfigAlreadyExistsException";
    /// `CodeDeploy.DeploymentConfigDoesNotExistException`
    pub const DEPLOYMENT_CONFIG_DOES_NOT_EXIST: &str = "CodeDeploy.DeploymentConfigDoesNotExistException";
    /// `CodeDeploy.DeploymentConfigInUseException`
    pub const DEPLOYMENT_CONFIG_IN_USE: &str = "CodeDeploy.DeploymentConfigInUseException";
    /// `CodeDeploy.DeploymentConfigLimitExceededException`
    pub const DEPLOYMENT_CONFIG_LIMIT_EXCEEDED: &str = "CodeDeploy.DeploymentConfigLimitExceededException";
    /// `CodeDeploy.DeploymentConfigNameRequiredException`
    pub const DEPLOYMENT_CONFIG_NAME_REQUIRED: &str = "CodeDeploy.DeploymentConfigNameRequiredException";
    /// `CodeDeploy.DeploymentDoesNotExistException`
    pub const DEPLOYMENT_DOES_NOT_EXIST: &str = "CodeDeploy.DeploymentDoesNotExistException";
    /// `CodeDeploy.DeploymentGroupAlreadyExistsException`
    pub const DEPLOYMENT_GROUP_ALREADY_EXISTS: &str = "CodeDeploy.DeploymentGroupAlreadyExistsException";
    /// `CodeDeploy.DeploymentGroupDoesNotExistException`
    pub const DEPLOYMENT_GROUP_DOES_NOT_EXIST: &str = "CodeDeploy.DeploymentGroupDoesNotExistException";
    /// `CodeDeploy.DeploymentGroupLimitExceededException`
    pub const DEPLOYMENT_GROUP_LIMIT_EXCEEDED: &str = "CodeDeploy.DeploymentGroupLimitExceededException";
    /// `CodeDeploy.DeploymentGroupNameRequiredException`
    pub const DEPLOYMENT_GROUP_NAME_REQUIRED: &str = "CodeDeploy.DeploymentGroupNameRequiredException";
    /// `CodeDeploy.DeploymentIdRequiredException`
    pub const DEPLOYMENT_ID_REQUIRED: &str = "CodeDeploy.DeploymentIdRequiredException";
    /// `CodeDeploy.DeploymentIsNotInReadyStateException`
    pub const DEPLOYMENT_IS_NOT_IN_READY_STATE: &str = "CodeDeploy.DeploymentIsNotInReadyStateException";
    /// `CodeDeploy.DeploymentLimitExceededException`
    pub const DEPLOYMENT_LIMIT_EXCEEDED: &str = "CodeDeploy.DeploymentLimitExceededException";
    /// `CodeDeploy.DeploymentNotStartedException`
    pub const DEPLOYMENT_NOT_STARTED: &str = "CodeDeploy.DeploymentNotStartedException";
    /// `CodeDeploy.DeploymentTargetDoesNotExistException`
    pub const DEPLOYMENT_TARGET_DOES_NOT_EXIST: &str = "CodeDeploy.DeploymentTargetDoesNotExistException";
    /// `CodeDeploy.DeploymentTargetIdRequiredException`
    pub const DEPLOYMENT_TARGET_ID_REQUIRED: &str = "CodeDeploy.DeploymentTargetIdRequiredException";
    /// `CodeDeploy.DeploymentTargetListSizeExceededException`
    pub const DEPLOYMENT_TARGET_LIST_SIZE_EXCEEDED: &str = "CodeDeploy.DeploymentTargetListSizeExceededException";
    /// `CodeDeploy.DescriptionTooLongException`
    pub const DESCRIPTION_TOO_LONG: &str = "CodeDeploy.DescriptionTooLongException";
    /// `CodeDeploy.ECSServiceMappingLimitExceededException`
    pub const ECS_SERVICE_MAPPING_LIMIT_EXCEEDED: &str = "CodeDeploy.ECSServiceMappingLimitExceededException";
    /// `CodeDeploy.GitHubAccountTokenDoesNotExistException`
    pub const GIT_HUB_ACCOUNT_TOKEN_DOES_NOT_EXIST: &str = "CodeDeploy.GitHubAccountTokenDoesNotExistException";
    /// `CodeDeploy.GitHubAccountTokenNameRequiredException`
    pub const GIT_HUB_ACCOUNT_TOKEN_NAME_REQUIRED: &str = "CodeDeploy.GitHubAccountTokenNameRequiredException";
    /// `CodeDeploy.IamArnRequiredException`
    pub const IAM_ARN_REQUIRED: &str = "CodeDeploy.IamArnRequiredException";
    /// `CodeDeploy.IamSessionArnAlreadyRegisteredException`
    pub const IAM_SESSION_ARN_ALREADY_REGISTERED: &str = "CodeDeploy.IamSessionArnAlreadyRegisteredException";
    /// `CodeDeploy.IamUserArnAlreadyRegisteredException`
    pub const IAM_USER_ARN_ALREADY_REGISTERED: &str = "CodeDeploy.IamUserArnAlreadyRegisteredException";
    /// `CodeDeploy.IamUserArnRequiredException`
    pub const IAM_USER_ARN_REQUIRED: &str = "CodeDeploy.IamUserArnRequiredException";
    /// `CodeDeploy.InstanceDoesNotExistException`
    pub const INSTANCE_DOES_NOT_EXIST: &str = "CodeDeploy.InstanceDoesNotExistException";
    /// `CodeDeploy.InstanceIdRequiredException`
    pub const INSTANCE_ID_REQUIRED: &str = "CodeDeploy.InstanceIdRequiredException";
    /// `CodeDeploy.InstanceLimitExceededException`
    pub const INSTANCE_LIMIT_EXCEEDED: &str = "CodeDeploy.InstanceLimitExceededException";
    /// `CodeDeploy.InstanceNameAlreadyRegisteredException`
    pub const INSTANCE_NAME_ALREADY_REGISTERED: &str = "CodeDeploy.InstanceNameAlreadyRegisteredException";
    /// `CodeDeploy.InstanceNameRequiredException`
    pub const INSTANCE_NAME_REQUIRED: &str = "CodeDeploy.InstanceNameRequiredException";
    /// `CodeDeploy.InstanceNotRegisteredException`
    pub const INSTANCE_NOT_REGISTERED: &str = "CodeDeploy.InstanceNotRegisteredException";
    /// `CodeDeploy.InvalidAlarmConfigException`
    pub const INVALID_ALARM_CONFIG: &str = "CodeDeploy.InvalidAlarmConfigException";
    /// `CodeDeploy.InvalidApplicationNameException`
    pub const INVALID_APPLICATION_NAME: &str = "CodeDeploy.InvalidApplicationNameException";
    /// `CodeDeploy.InvalidArnException`
    pub const INVALID_ARN: &str = "CodeDeploy.InvalidArnException";
    /// `CodeDeploy.InvalidAutoRollbackConfigException`
    pub const INVALID_AUTO_ROLLBACK_CONFIG: &str = "CodeDeploy.InvalidAutoRollbackConfigException";
    /// `CodeDeploy.InvalidAutoScalingGroupException`
    pub const INVALID_AUTO_SCALING_GROUP: &str = "CodeDeploy.InvalidAutoScalingGroupException";
    /// `CodeDeploy.InvalidAutoScalingGroupProcessToSuspendException`
    pub const INVALID_AUTO_SCALING_GROUP_PROCESS_TO_SUSPEND: &str = "CodeDeploy.InvalidAutoScalingGroupProcessToSuspendException";
    /// `CodeDeploy.InvalidBlueGreenDeploymentConfigurationException`
    pub const INVALID_BLUE_GREEN_DEPLOYMENT_CONFIGURATION: &str = "CodeDeploy.InvalidBlueGreenDeploymentConfigurationException";
    /// `CodeDeploy.InvalidBucketNameFilterException`
    pub const INVALID_BUCKET_NAME_FILTER: &str = "CodeDeploy.InvalidBucketNameFilterException";
    /// `CodeDeploy.InvalidComputePlatformException`
    pub const INVALID_COMPUTE_PLATFORM: &str = "CodeDeploy.InvalidComputePlatformException";
    /// `CodeDeploy.InvalidDeployedStateFilterException`
    pub const INVALID_DEPLOYED_STATE_FILTER: &str = "CodeDeploy.InvalidDeployedStateFilterException";
    /// `CodeDeploy.InvalidDeploymentConfigNameException`
    pub const INVALID_DEPLOYMENT_CONFIG_NAME: &str = "CodeDeploy.InvalidDeploymentConfigNameException";
    /// `CodeDeploy.InvalidDeploymentGroupNameException`
    pub const INVALID_DEPLOYMENT_GROUP_NAME: &str = "CodeDeploy.InvalidDeploymentGroupNameException";
    /// `CodeDeploy.InvalidDeploymentIdException`
    pub const INVALID_DEPLOYMENT_ID: &str = "CodeDeploy.InvalidDeploymentIdException";
    /// `CodeDeploy.InvalidDeploymentInstanceTypeException`
    pub const INVALID_DEPLOYMENT_INSTANCE_TYPE: &str = "CodeDeploy.InvalidDeploymentInstanceTypeException";
    /// `CodeDeploy.InvalidDeploymentStatusException`
    pub const INVALID_DEPLOYMENT_STATUS: &str = "CodeDeploy.InvalidDeploymentStatusException";
    /// `CodeDeploy.InvalidDeploymentStyleException`
    pub const INVALID_DEPLOYMENT_STYLE: &str = "CodeDeploy.InvalidDeploymentStyleException";
    /// `CodeDeploy.InvalidDeploymentTargetIdException`
    pub const INVALID_DEPLOYMENT_TARGET_ID: &str = "CodeDeploy.InvalidDeploymentTargetIdException";
    /// `CodeDeploy.InvalidDeploymentWaitTypeException`
    pub const INVALID_DEPLOYMENT_WAIT_TYPE: &str = "CodeDeploy.InvalidDeploymentWaitTypeException";
    /// `CodeDeploy.InvalidEC2TagCombinationException`
    pub const INVALID_EC2_TAG_COMBINATION: &str = "CodeDeploy.InvalidEC2TagCombinationException";
    /// `CodeDeploy.InvalidEC2TagException`
    pub const INVALID_EC2_TAG: &str = "CodeDeploy.InvalidEC2TagException";
    /// `CodeDeploy.InvalidECSServiceException`
    pub const INVALID_ECS_SERVICE: &str = "CodeDeploy.InvalidECSServiceException";
    /// `CodeDeploy.InvalidExternalIdException`
    pub const INVALID_EXTERNAL_ID: &str = "CodeDeploy.InvalidExternalIdException";
    /// `CodeDeploy.InvalidFileExistsBehaviorException`
    pub const INVALID_FILE_EXISTS_BEHAVIOR: &str = "CodeDeploy.InvalidFileExistsBehaviorException";
    /// `CodeDeploy.InvalidGitHubAccountTokenException`
    pub const INVALID_GIT_HUB_ACCOUNT_TOKEN: &str = "CodeDeploy.InvalidGitHubAccountTokenException";
    /// `CodeDeploy.InvalidGitHubAccountTokenNameException`
    pub const INVALID_GIT_HUB_ACCOUNT_TOKEN_NAME: &str = "CodeDeploy.InvalidGitHubAccountTokenNameException";
    /// `CodeDeploy.InvalidIamSessionArnException`
    pub const INVALID_IAM_SESSION_ARN: &str = "CodeDeploy.InvalidIamSessionArnException";
    /// `CodeDeploy.InvalidIamUserArnException`
    pub const INVALID_IAM_USER_ARN: &str = "CodeDeploy.InvalidIamUserArnException";
    /// `CodeDeploy.InvalidIgnoreApplicationStopFailuresValueException`
    pub const INVALID_IGNORE_APPLICATION_STOP_FAILURES_VALUE: &str = "CodeDeploy.InvalidIgnoreApplicationStopFailuresValueException";
    /// `CodeDeploy.InvalidInputException`
    pub const INVALID_INPUT: &str = "CodeDeploy.InvalidInputException";
    /// `CodeDeploy.InvalidInstanceIdException`
    pub const INVALID_INSTANCE_ID: &str = "CodeDeploy.InvalidInstanceIdException";
    /// `CodeDeploy.InvalidInstanceNameException`
    pub const INVALID_INSTANCE_NAME: &str = "CodeDeploy.InvalidInstanceNameException";
    /// `CodeDeploy.InvalidInstanceStatusException`
    pub const INVALID_INSTANCE_STATUS: &str = "CodeDeploy.InvalidInstanceStatusException";
    /// `CodeDeploy.InvalidInstanceTypeException`
    pub const INVALID_INSTANCE_TYPE: &str = "CodeDeploy.InvalidInstanceTypeException";
    /// `CodeDeploy.InvalidKeyPrefixFilterException`
    pub const INVALID_KEY_PREFIX_FILTER: &str = "CodeDeploy.InvalidKeyPrefixFilterException";
    /// `CodeDeploy.InvalidLifecycleEventHookExecutionIdException`
    pub const INVALID_LIFECYCLE_EVENT_HOOK_EXECUTION_ID: &str = "CodeDeploy.InvalidLifecycleEventHookExecutionIdException";
    /// `CodeDeploy.InvalidLifecycleEventHookExecutionStatusException`
    pub const INVALID_LIFECYCLE_EVENT_HOOK_EXECUTION_STATUS: &str = "CodeDeploy.InvalidLifecycleEventHookExecutionStatusException";
    /// `CodeDeploy.InvalidLoadBalancerInfoException`
    pub const INVALID_LOAD_BALANCER_INFO: &str = "CodeDeploy.InvalidLoadBalancerInfoException";
    /// `CodeDeploy.InvalidMinimumHealthyHostValueException`
    pub const INVALID_MINIMUM_HEALTHY_HOST_VALUE: &str = "CodeDeploy.InvalidMinimumHealthyHostValueException";
    /// `CodeDeploy.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "CodeDeploy.InvalidNextTokenException";
    /// `CodeDeploy.InvalidOnPremisesTagCombinationException`
    pub const INVALID_ON_PREMISES_TAG_COMBINATION: &str = "CodeDeploy.InvalidOnPremisesTagCombinationException";
    /// `CodeDeploy.InvalidOperationException`
    pub const INVALID_OPERATION: &str = "CodeDeploy.InvalidOperationException";
    /// `CodeDeploy.InvalidRegistrationStatusException`
    pub const INVALID_REGISTRATION_STATUS: &str = "CodeDeploy.InvalidRegistrationStatusException";
    /// `CodeDeploy.InvalidRevisionException`
    pub const INVALID_REVISION: &str = "CodeDeploy.InvalidRevisionException";
    /// `CodeDeploy.InvalidRoleException`
    pub const INVALID_ROLE: &str = "CodeDeploy.InvalidRoleException";
    /// `CodeDeploy.InvalidSortByException`
    pub const INVALID_SORT_BY: &str = "CodeDeploy.InvalidSortByException";
    /// `CodeDeploy.InvalidSortOrderException`
    pub const INVALID_SORT_ORDER: &str = "CodeDeploy.InvalidSortOrderException";
    /// `CodeDeploy.InvalidTagException`
    pub const INVALID_TAG: &str = "CodeDeploy.InvalidTagException";
    /// `CodeDeploy.InvalidTagFilterException`
    pub const INVALID_TAG_FILTER: &str = "CodeDeploy.InvalidTagFilterException";
    /// `CodeDeploy.InvalidTagsToAddException`
    pub const INVALID_TAGS_TO_ADD: &str = "CodeDeploy.InvalidTagsToAddException";
    /// `CodeDeploy.InvalidTargetException`
    pub const INVALID_TARGET: &str = "CodeDeploy.InvalidTargetException";
    /// `CodeDeploy.InvalidTargetFilterNameException`
    pub const INVALID_TARGET_FILTER_NAME: &str = "CodeDeploy.InvalidTargetFilterNameException";
    /// `CodeDeploy.InvalidTargetGroupPairException`
    pub const INVALID_TARGET_GROUP_PAIR: &str = "CodeDeploy.InvalidTargetGroupPairException";
    /// `CodeDeploy.InvalidTargetInstancesException`
    pub const INVALID_TARGET_INSTANCES: &str = "CodeDeploy.InvalidTargetInstancesException";
    /// `CodeDeploy.InvalidTimeRangeException`
    pub const INVALID_TIME_RANGE: &str = "CodeDeploy.InvalidTimeRangeException";
    /// `CodeDeploy.InvalidTrafficRoutingConfigurationException`
    pub const INVALID_TRAFFIC_ROUTING_CONFIGURATION: &str = "CodeDeploy.InvalidTrafficRoutingConfigurationException";
    /// `CodeDeploy.InvalidTriggerConfigException`
    pub const INVALID_TRIGGER_CONFIG: &str = "CodeDeploy.InvalidTriggerConfigException";
    /// `CodeDeploy.InvalidUpdateOutdatedInstancesOnlyValueException`
    pub const INVALID_UPDATE_OUTDATED_INSTANCES_ONLY_VALUE: &str = "CodeDeploy.InvalidUpdateOutdatedInstancesOnlyValueException";
    /// `CodeDeploy.InvalidZonalDeploymentConfigurationException`
    pub const INVALID_ZONAL_DEPLOYMENT_CONFIGURATION: &str = "CodeDeploy.InvalidZonalDeploymentConfigurationException";
    /// `CodeDeploy.LifecycleEventAlreadyCompletedException`
    pub const LIFECYCLE_EVENT_ALREADY_COMPLETED: &str = "CodeDeploy.LifecycleEventAlreadyCompletedException";
    /// `CodeDeploy.LifecycleHookLimitExceededException`
    pub const LIFECYCLE_HOOK_LIMIT_EXCEEDED: &str = "CodeDeploy.LifecycleHookLimitExceededException";
    /// `CodeDeploy.MultipleIamArnsProvidedException`
    pub const MULTIPLE_IAM_ARNS_PROVIDED: &str = "CodeDeploy.MultipleIamArnsProvidedException";
    /// `CodeDeploy.OperationNotSupportedException`
    pub const OPERATION_NOT_SUPPORTED: &str = "CodeDeploy.OperationNotSupportedException";
    /// `CodeDeploy.ResourceArnRequiredException`
    pub const RESOURCE_ARN_REQUIRED: &str = "CodeDeploy.ResourceArnRequiredException";
    /// `CodeDeploy.ResourceValidationException`
    pub const RESOURCE_VALIDATION: &str = "CodeDeploy.ResourceValidationException";
    /// `CodeDeploy.RevisionDoesNotExistException`
    pub const REVISION_DOES_NOT_EXIST: &str = "CodeDeploy.RevisionDoesNotExistException";
    /// `CodeDeploy.RevisionRequiredException`
    pub const REVISION_REQUIRED: &str = "CodeDeploy.RevisionRequiredException";
    /// `CodeDeploy.RoleRequiredException`
    pub const ROLE_REQUIRED: &str = "CodeDeploy.RoleRequiredException";
    /// `CodeDeploy.TagLimitExceededException`
    pub const TAG_LIMIT_EXCEEDED: &str = "CodeDeploy.TagLimitExceededException";
    /// `CodeDeploy.TagRequiredException`
    pub const TAG_REQUIRED: &str = "CodeDeploy.TagRequiredException";
    /// `CodeDeploy.TagSetListLimitExceededException`
    pub const TAG_SET_LIST_LIMIT_EXCEEDED: &str = "CodeDeploy.TagSetListLimitExceededException";
    /// `CodeDeploy.ThrottlingException`
    pub const THROTTLING: &str = "CodeDeploy.ThrottlingException";
    /// `CodeDeploy.TriggerTargetsLimitExceededException`
    pub const TRIGGER_TARGETS_LIMIT_EXCEEDED: &str = "CodeDeploy.TriggerTargetsLimitExceededException";
    /// `CodeDeploy.UnsupportedActionForDeploymentTypeException`
    pub const UNSUPPORTED_ACTION_FOR_DEPLOYMENT_TYPE: &str = "CodeDeploy.UnsupportedActionForDeploymentTypeException";
}

/// `aws-sdk:codeguruprofiler` errors.
pub mod codeguruprofiler {
    /// `CodeGuruProfiler.ConflictException`
    pub const CONFLICT: &str = "CodeGuruProfiler.ConflictException";
    /// `CodeGuruProfiler.InternalServerException`
    pub const INTERNAL_SERVER: &str = "CodeGuruProfiler.InternalServerException";
    /// `CodeGuruProfiler.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "CodeGuruProfiler.ResourceNotFoundException";
    /// `CodeGuruProfiler.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "CodeGuruProfiler.ServiceQuotaExceededException";
    /// `CodeGuruProfiler.ThrottlingException`
    pub const THROTTLING: &str = "CodeGuruProfiler.ThrottlingException";
    /// `CodeGuruProfiler.ValidationException`
    pub const VALIDATION: &str = "CodeGuruProfiler.ValidationException";
}

/// `aws-sdk:codegurureviewer` errors.
pub mod codegurureviewer {
    /// `CodeGuruReviewer.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "CodeGuruReviewer.AccessDeniedException";
    /// `CodeGuruReviewer.ConflictException`
    pub const CONFLICT: &str = "CodeGuruReviewer.ConflictException";
    /// `CodeGuruReviewer.InternalServerException`
    pub const INTERNAL_SERVER: &str = "CodeGuruReviewer.InternalServerException";
    /// `CodeGuruReviewer.NotFoundException`
    pub const NOT_FOUND: &str = "CodeGuruReviewer.NotFoundException";
    /// `CodeGuruReviewer.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "CodeGuruReviewer.ResourceNotFoundException";
    /// `CodeGuruReviewer.ThrottlingException`
    pub const THROTTLING: &str = "CodeGuruReviewer.ThrottlingException";
    /// `CodeGuruReviewer.ValidationException`
    pub const VALIDATION: &str = "CodeGuruReviewer.ValidationException";
}

/// `aws-sdk:codegurusecurity` errors.
pub mod codegurusecurity {
    /// `CodeGuruSecurity.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "CodeGuruSecurity.AccessDeniedException";
    /// `CodeGuruSecurity.ConflictException`
    pub const CONFLICT: &str = "CodeGuruSecurity.ConflictException";
    /// `CodeGuruSecurity.InternalServerException`
    pub const INTERNAL_SERVER: &str = "CodeGuruSecurity.InternalServerException";
    /// `CodeGuruSecurity.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "CodeGuruSecurity.ResourceNotFoundException";
    /// `CodeGuruSecurity.ThrottlingException`
    pub const THROTTLING: &str = "CodeGuruSecurity.ThrottlingException";
    /// `CodeGuruSecurity.ValidationException`
    pub const VALIDATION: &str = "CodeGuruSecurity.ValidationException";
}

/// `aws-sdk:codepipeline` errors.
pub mod codepipeline {
    /// `CodePipeline.ActionExecutionNotFoundException`
    pub const ACTION_EXECUTION_NOT_FOUND: &str = "CodePipeline.ActionExecutionNotFoundException";
    /// `CodePipeline.ActionNotFoundException`
    pub const ACTION_NOT_FOUND: &str = "CodePipeline.ActionNotFoundException";
    /// `CodePipeline.ActionTypeAlreadyExistsException`
    pub const ACTION_TYPE_ALREADY_EXISTS: &str = "CodePipeline.ActionTypeAlreadyExistsException";
    /// `CodePipeline.ActionTypeNotFoundException`
    pub const ACTION_TYPE_NOT_FOUND: &str = "CodePipeline.ActionTypeNotFoundException";
    /// `CodePipeline.ApprovalAlreadyCompletedException`
    pub const APPROVAL_ALREADY_COMPLETED: &str = "CodePipeline.ApprovalAlreadyCompletedException";
    /// `CodePipeline.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "CodePipeline.ConcurrentModificationException";
    /// `CodePipeline.ConcurrentPipelineExecutionsLimitExceededException`
    pub const CONCURRENT_PIPELINE_EXECUTIONS_LIMIT_EXCEEDED: &str = "CodePipeline.ConcurrentPipelineExecutionsLimitExceededException";
    /// `CodePipeline.ConditionNotOverridableException`
    pub const CONDITION_NOT_OVERRIDABLE: &str = "CodePipeline.ConditionNotOverridableException";
    /// `CodePipeline.ConflictException`
    pub const CONFLICT: &str = "CodePipeline.ConflictException";
    /// `CodePipeline.DuplicatedStopRequestException`
    pub const DUPLICATED_STOP_REQUEST: &str = "CodePipeline.DuplicatedStopRequestException";
    /// `CodePipeline.InvalidActionDeclarationException`
    pub const INVALID_ACTION_DECLARATION: &str = "CodePipeline.InvalidActionDeclarationException";
    /// `CodePipeline.InvalidApprovalTokenException`
    pub const INVALID_APPROVAL_TOKEN: &str = "CodePipeline.InvalidApprovalTokenException";
    /// `CodePipeline.InvalidArnException`
    pub const INVALID_ARN: &str = "CodePipeline.InvalidArnException";
    /// `CodePipeline.InvalidBlockerDeclarationException`
    pub const INVALID_BLOCKER_DECLARATION: &str = "CodePipeline.InvalidBlockerDeclarationException";
    /// `CodePipeline.InvalidClientTokenException`
    pub const INVALID_CLIENT_TOKEN: &str = "CodePipeline.InvalidClientTokenException";
    /// `CodePipeline.InvalidJobException`
    pub const INVALID_JOB: &str = "CodePipeline.InvalidJobException";
    /// `CodePipeline.InvalidJobStateException`
    pub const INVALID_JOB_STATE: &str = "CodePipeline.InvalidJobStateException";
    /// `CodePipeline.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "CodePipeline.InvalidNextTokenException";
    /// `CodePipeline.InvalidNonceException`
    pub const INVALID_NONCE: &str = "CodePipeline.InvalidNonceException";
    /// `CodePipeline.InvalidStageDeclarationException`
    pub const INVALID_STAGE_DECLARATION: &str = "CodePipeline.InvalidStageDeclarationException";
    /// `CodePipeline.InvalidStructureException`
    pub const INVALID_STRUCTURE: &str = "CodePipeline.InvalidStructureException";
    /// `CodePipeline.InvalidTagsException`
    pub const INVALID_TAGS: &str = "CodePipeline.InvalidTagsException";
    /// `CodePipeline.InvalidWebhookAuthenticationParametersException`
    pub const INVALID_WEBHOOK_AUTHENTICATION_PARAMETERS: &str = "CodePipeline.InvalidWebhookAuthenticationParametersException";
    /// `CodePipeline.InvalidWebhookFilterPatternException`
    pub const INVALID_WEBHOOK_FILTER_PATTERN: &str = "CodePipeline.InvalidWebhookFilterPatternException";
    /// `CodePipeline.JobNotFoundException`
    pub const JOB_NOT_FOUND: &str = "CodePipeline.JobNotFoundException";
    /// `CodePipeline.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "CodePipeline.LimitExceededException";
    /// `CodePipeline.NotLatestPipelineExecutionException`
    pub const NOT_LATEST_PIPELINE_EXECUTION: &str = "CodePipeline.NotLatestPipelineExecutionException";
    /// `CodePipeline.OutputVariablesSizeExceededException`
    pub const OUTPUT_VARIABLES_SIZE_EXCEEDED: &str = "CodePipeline.OutputVariablesSizeExceededException";
    /// `CodePipeline.PipelineExecutionNotFoundException`
    pub const PIPELINE_EXECUTION_NOT_FOUND: &str = "CodePipeline.PipelineExecutionNotFoundException";
    /// `CodePipeline.PipelineExecutionNotStoppableException`
    pub const PIPELINE_EXECUTION_NOT_STOPPABLE: &str = "CodePipeline.PipelineExecutionNotStoppableException";
    /// `CodePipeline.PipelineExecutionOutdatedException`
    pub const PIPELINE_EXECUTION_OUTDATED: &str = "CodePipeline.PipelineExecutionOutdatedException";
    /// `CodePipeline.PipelineNameInUseException`
    pub const PIPELINE_NAME_IN_USE: &str = "CodePipeline.PipelineNameInUseException";
    /// `CodePipeline.PipelineNotFoundException`
    pub const PIPELINE_NOT_FOUND: &str = "CodePipeline.PipelineNotFoundException";
    /// `CodePipeline.PipelineVersionNotFoundException`
    pub const PIPELINE_VERSION_NOT_FOUND: &str = "CodePipeline.PipelineVersionNotFoundException";
    /// `CodePipeline.RequestFailedException`
    pub const REQUEST_FAILED: &str = "CodePipeline.RequestFailedException";
    /// `CodePipeline.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "CodePipeline.ResourceNotFoundException";
    /// `CodePipeline.StageNotFoundException`
    pub const STAGE_NOT_FOUND: &str = "CodePipeline.StageNotFoundException";
    /// `CodePipeline.StageNotRetryableException`
    pub const STAGE_NOT_RETRYABLE: &str = "CodePipeline.StageNotRetryableException";
    /// `CodePipeline.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "CodePipeline.TooManyTagsException";
    /// `CodePipeline.UnableToRollbackStageException`
    pub const UNABLE_TO_ROLLBACK_STAGE: &str = "CodePipeline.UnableToRollbackStageException";
    /// `CodePipeline.ValidationException`
    pub const VALIDATION: &str = "CodePipeline.ValidationException";
    /// `CodePipeline.WebhookNotFoundException`
    pub const WEBHOOK_NOT_FOUND: &str = "CodePipeline.WebhookNotFoundException";
}

/// `aws-sdk:codestarconnections` errors.
pub mod codestarconnections {
    /// `CodeStarConnections.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "CodeStarConnections.AccessDeniedException";
    /// `CodeStarConnections.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "CodeStarConnections.ConcurrentModificationException";
    /// `CodeStarConnections.ConditionalCheckFailedException`
    pub const CONDITIONAL_CHECK_FAILED: &str = "CodeStarConnections.ConditionalCheckFailedException";
    /// `CodeStarConnections.ConflictException`
    pub const CONFLICT: &str = "CodeStarConnections.ConflictException";
    /// `CodeStarConnections.InternalServerException`
    pub const INTERNAL_SERVER: &str = "CodeStarConnections.InternalServerException";
    /// `CodeStarConnections.InvalidInputException`
    pub const INVALID_INPUT: &str = "CodeStarConnections.InvalidInputException";
    /// `CodeStarConnections.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "CodeStarConnections.LimitExceededException";
    /// `CodeStarConnections.ResourceAlreadyExistsException`
    pub const RESOURCE_ALREADY_EXISTS: &str = "CodeStarConnections.ResourceAlreadyExistsException";
    /// `CodeStarConnections.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "CodeStarConnections.ResourceNotFoundException";
    /// `CodeStarConnections.ResourceUnavailableException`
    pub const RESOURCE_UNAVAILABLE: &str = "CodeStarConnections.ResourceUnavailableException";
    /// `CodeStarConnections.RetryLatestCommitFailedException`
    pub const RETRY_LATEST_COMMIT_FAILED: &str = "CodeStarConnections.RetryLatestCommitFailedException";
    /// `CodeStarConnections.SyncBlockerDoesNotExistException`
    pub const SYNC_BLOCKER_DOES_NOT_EXIST: &str = "CodeStarConnections.SyncBlockerDoesNotExistException";
    /// `CodeStarConnections.SyncConfigurationStillExistsException`
    pub const SYNC_CONFIGURATION_STILL_EXISTS: &str = "CodeStarConnections.SyncConfigurationStillExistsException";
    /// `CodeStarConnections.ThrottlingException`
    pub const THROTTLING: &str = "CodeStarConnections.ThrottlingException";
    /// `CodeStarConnections.UnsupportedOperationException`
    pub const UNSUPPORTED_OPERATION: &str = "CodeStarConnections.UnsupportedOperationException";
    /// `CodeStarConnections.UnsupportedProviderTypeException`
    pub const UNSUPPORTED_PROVIDER_TYPE: &str = "CodeStarConnections.UnsupportedProviderTypeException";
    /// `CodeStarConnections.UpdateOutOfSyncException`
    pub const UPDATE_OUT_OF_SYNC: &str = "CodeStarConnections.UpdateOutOfSyncException";
}

/// `aws-sdk:codestarnotifications` errors.
pub mod codestarnotifications {
    /// `CodestarNotifications.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "CodestarNotifications.AccessDeniedException";
    /// `CodestarNotifications.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "CodestarNotifications.ConcurrentModificationException";
    /// `CodestarNotifications.ConfigurationException`
    pub const CONFIGURATION: &str = "CodestarNotifications.ConfigurationException";
    /// `CodestarNotifications.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "CodestarNotifications.InvalidNextTokenException";
    /// `CodestarNotifications.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "CodestarNotifications.LimitExceededException";
    /// `CodestarNotifications.ResourceAlreadyExistsException`
    pub const RESOURCE_ALREADY_EXISTS: &str = "CodestarNotifications.ResourceAlreadyExistsException";
    /// `CodestarNotifications.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "CodestarNotifications.ResourceNotFoundException";
    /// `CodestarNotifications.ValidationException`
    pub const VALIDATION: &str = "CodestarNotifications.ValidationException";
}

/// `aws-sdk:cognitoidentity` errors.
pub mod cognitoidentity {
    /// `CognitoIdentity.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "CognitoIdentity.ConcurrentModificationException";
    /// `CognitoIdentity.DeveloperUserAlreadyRegisteredException`
    pub const DEVELOPER_USER_ALREADY_REGISTERED: &str = "CognitoIdentity.DeveloperUserAlreadyRegisteredException";
    /// `CognitoIdentity.ExternalServiceException`
    pub const EXTERNAL_SERVICE: &str = "CognitoIdentity.ExternalServiceException";
    /// `CognitoIdentity.InternalErrorException`
    pub const INTERNAL_ERROR: &str = "CognitoIdentity.InternalErrorException";
    /// `CognitoIdentity.InvalidIdentityPoolConfigurationException`
    pub const INVALID_IDENTITY_POOL_CONFIGURATION: &str = "CognitoIdentity.InvalidIdentityPoolConfigurationException";
    /// `CognitoIdentity.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "CognitoIdentity.InvalidParameterException";
    /// `CognitoIdentity.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "CognitoIdentity.LimitExceededException";
    /// `CognitoIdentity.NotAuthorizedException`
    pub const NOT_AUTHORIZED: &str = "CognitoIdentity.NotAuthorizedException";
    /// `CognitoIdentity.ResourceConflictException`
    pub const RESOURCE_CONFLICT: &str = "CognitoIdentity.ResourceConflictException";
    /// `CognitoIdentity.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "CognitoIdentity.ResourceNotFoundException";
    /// `CognitoIdentity.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "CognitoIdentity.TooManyRequestsException";
}

/// `aws-sdk:cognitoidentityprovider` errors.
pub mod cognitoidentityprovider {
    /// `CognitoIdentityProvider.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "CognitoIdentityProvider.AccessDeniedException";
    /// `CognitoIdentityProvider.AliasExistsException`
    pub const ALIAS_EXISTS: &str = "CognitoIdentityProvider.AliasExistsException";
    /// `CognitoIdentityProvider.CachedCIMDURLDoesNotExistException`
    pub const CACHED_CIMDURL_DOES_NOT_EXIST: &str = "CognitoIdentityProvider.CachedCIMDURLDoesNotExistException";
    /// `CognitoIdentityProvider.CodeDeliveryFailureException`
    pub const CODE_DELIVERY_FAILURE: &str = "CognitoIdentityProvider.CodeDeliveryFailureException";
    /// `CognitoIdentityProvider.CodeMismatchException`
    pub const CODE_MISMATCH: &str = "CognitoIdentityProvider.CodeMismatchException";
    /// `CognitoIdentityProvider.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "CognitoIdentityProvider.ConcurrentModificationException";
    /// `CognitoIdentityProvider.DeviceKeyExistsException`
    pub const DEVICE_KEY_EXISTS: &str = "CognitoIdentityProvider.DeviceKeyExistsException";
    /// `CognitoIdentityProvider.DuplicateProviderException`
    pub const DUPLICATE_PROVIDER: &str = "CognitoIdentityProvider.DuplicateProviderException";
    /// `CognitoIdentityProvider.EnableSoftwareTokenMFAException`
    pub const ENABLE_SOFTWARE_TOKEN_MFA: &str = "CognitoIdentityProvider.EnableSoftwareTokenMFAException";
    /// `CognitoIdentityProvider.ExpiredCodeException`
    pub const EXPIRED_CODE: &str = "CognitoIdentityProvider.ExpiredCodeException";
    /// `CognitoIdentityProvider.FeatureUnavailableInTierException`
    pub const FEATURE_UNAVAILABLE_IN_TIER: &str = "CognitoIdentityProvider.FeatureUnavailableInTierException";
    /// `CognitoIdentityProvider.ForbiddenException`
    pub const FORBIDDEN: &str = "CognitoIdentityProvider.ForbiddenException";
    /// `CognitoIdentityProvider.GroupExistsException`
    pub const GROUP_EXISTS: &str = "CognitoIdentityProvider.GroupExistsException";
    /// `CognitoIdentityProvider.InternalErrorException`
    pub const INTERNAL_ERROR: &str = "CognitoIdentityProvider.InternalErrorException";
    /// `CognitoIdentityProvider.InternalServerException`
    pub const INTERNAL_SERVER: &str = "CognitoIdentityProvider.InternalServerException";
    /// `CognitoIdentityProvider.InvalidEmailRoleAccessPolicyException`
    pub const INVALID_EMAIL_ROLE_ACCESS_POLICY: &str = "CognitoIdentityProvider.InvalidEmailRoleAccessPolicyException";
    /// `CognitoIdentityProvider.InvalidLambdaResponseException`
    pub const INVALID_LAMBDA_RESPONSE: &str = "CognitoIdentityProvider.InvalidLambdaResponseException";
    /// `CognitoIdentityProvider.InvalidOAuthFlowException`
    pub const INVALID_O_AUTH_FLOW: &str = "CognitoIdentityProvider.InvalidOAuthFlowException";
    /// `CognitoIdentityProvider.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "CognitoIdentityProvider.InvalidParameterException";
    /// `CognitoIdentityProvider.InvalidPasswordException`
    pub const INVALID_PASSWORD: &str = "CognitoIdentityProvider.InvalidPasswordException";
    /// `CognitoIdentityProvider.InvalidSmsRoleAccessPolicyException`
    pub const INVALID_SMS_ROLE_ACCESS_POLICY: &str = "CognitoIdentityProvider.InvalidSmsRoleAccessPolicyException";
    /// `CognitoIdentityProvider.InvalidSmsRoleTrustRelationshipException`
    pub const INVALID_SMS_ROLE_TRUST_RELATIONSHIP: &str = "CognitoIdentityProvider.InvalidSmsRoleTrustRelationshipException";
    /// `CognitoIdentityProvider.InvalidUserPoolConfigurationException`
    pub const INVALID_USER_POOL_CONFIGURATION: &str = "CognitoIdentityProvider.InvalidUserPoolConfigurationException";
    /// `CognitoIdentityProvider.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "CognitoIdentityProvider.LimitExceededException";
    /// `CognitoIdentityProvider.MFAMethodNotFoundException`
    pub const MFA_METHOD_NOT_FOUND: &str = "CognitoIdentityProvider.MFAMethodNotFoundException";
    /// `CognitoIdentityProvider.ManagedLoginBrandingExistsException`
    pub const MANAGED_LOGIN_BRANDING_EXISTS: &str = "CognitoIdentityProvider.ManagedLoginBrandingExistsException";
    /// `CognitoIdentityProvider.NotAuthorizedException`
    pub const NOT_AUTHORIZED: &str = "CognitoIdentityProvider.NotAuthorizedException";
    /// `CognitoIdentityProvider.OperationNotEnabledException`
    pub const OPERATION_NOT_ENABLED: &str = "CognitoIdentityProvider.OperationNotEnabledException";
    /// `CognitoIdentityProvider.PasswordHistoryPolicyViolationException`
    pub const PASSWORD_HISTORY_POLICY_VIOLATION: &str = "CognitoIdentityProvider.PasswordHistoryPolicyViolationException";
    /// `CognitoIdentityProvider.PasswordResetRequiredException`
    pub const PASSWORD_RESET_REQUIRED: &str = "CognitoIdentityProvider.PasswordResetRequiredException";
    /// `CognitoIdentityProvider.PreconditionNotMetException`
    pub const PRECONDITION_NOT_MET: &str = "CognitoIdentityProvider.PreconditionNotMetException";
    /// `CognitoIdentityProvider.RefreshTokenReuseException`
    pub const REFRESH_TOKEN_REUSE: &str = "CognitoIdentityProvider.RefreshTokenReuseException";
    /// `CognitoIdentityProvider.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "CognitoIdentityProvider.ResourceNotFoundException";
    /// `CognitoIdentityProvider.ScopeDoesNotExistException`
    pub const SCOPE_DOES_NOT_EXIST: &str = "CognitoIdentityProvider.ScopeDoesNotExistException";
    /// `CognitoIdentityProvider.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "CognitoIdentityProvider.ServiceQuotaExceededException";
    /// `CognitoIdentityProvider.SoftwareTokenMFANotFoundException`
    pub const SOFTWARE_TOKEN_MFA_NOT_FOUND: &str = "CognitoIdentityProvider.SoftwareTokenMFANotFoundException";
    /// `CognitoIdentityProvider.TermsExistsException`
    pub const TERMS_EXISTS: &str = "CognitoIdentityProvider.TermsExistsException";
    /// `CognitoIdentityProvider.TierChangeNotAllowedException`
    pub const TIER_CHANGE_NOT_ALLOWED: &str = "CognitoIdentityProvider.TierChangeNotAllowedException";
    /// `CognitoIdentityProvider.TooManyFailedAttemptsException`
    pub const TOO_MANY_FAILED_ATTEMPTS: &str = "CognitoIdentityProvider.TooManyFailedAttemptsException";
    /// `CognitoIdentityProvider.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "CognitoIdentityProvider.TooManyRequestsException";
    /// `CognitoIdentityProvider.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "CognitoIdentityProvider.UnauthorizedException";
    /// `CognitoIdentityProvider.UnexpectedLambdaException`
    pub const UNEXPECTED_LAMBDA: &str = "CognitoIdentityProvider.UnexpectedLambdaException";
    /// `CognitoIdentityProvider.UnsupportedIdentityProviderException`
    pub const UNSUPPORTED_IDENTITY_PROVIDER: &str = "CognitoIdentityProvider.UnsupportedIdentityProviderException";
    /// `CognitoIdentityProvider.UnsupportedOperationException`
    pub const UNSUPPORTED_OPERATION: &str = "CognitoIdentityProvider.UnsupportedOperationException";
    /// `CognitoIdentityProvider.UnsupportedTokenTypeException`
    pub const UNSUPPORTED_TOKEN_TYPE: &str = "CognitoIdentityProvider.UnsupportedTokenTypeException";
    /// `CognitoIdentityProvider.UnsupportedUserStateException`
    pub const UNSUPPORTED_USER_STATE: &str = "CognitoIdentityProvider.UnsupportedUserStateException";
    /// `CognitoIdentityProvider.UserImportInProgressException`
    pub const USER_IMPORT_IN_PROGRESS: &str = "CognitoIdentityProvider.UserImportInProgressException";
    /// `CognitoIdentityProvider.UserLambdaValidationException`
    pub const USER_LAMBDA_VALIDATION: &str = "CognitoIdentityProvider.UserLambdaValidationException";
    /// `CognitoIdentityProvider.UserNotConfirmedException`
    pub const USER_NOT_CONFIRMED: &str = "CognitoIdentityProvider.UserNotConfirmedException";
    /// `CognitoIdentityProvider.UserNotFoundException`
    pub const USER_NOT_FOUND: &str = "CognitoIdentityProvider.UserNotFoundException";
    /// `CognitoIdentityProvider.UserPoolAddOnNotEnabledException`
    pub const USER_POOL_ADD_ON_NOT_ENABLED: &str = "CognitoIdentityProvider.UserPoolAddOnNotEnabledException";
    /// `CognitoIdentityProvider.UserPoolTaggingException`
    pub const USER_POOL_TAGGING: &str = "CognitoIdentityProvider.UserPoolTaggingException";
    /// `CognitoIdentityProvider.UsernameExistsException`
    pub const USERNAME_EXISTS: &str = "CognitoIdentityProvider.UsernameExistsException";
    /// `CognitoIdentityProvider.WebAuthnChallengeNotFoundException`
    pub const WEB_AUTHN_CHALLENGE_NOT_FOUND: &str = "CognitoIdentityProvider.WebAuthnChallengeNotFoundException";
    /// `CognitoIdentityProvider.WebAuthnClientMismatchException`
    pub const WEB_AUTHN_CLIENT_MISMATCH: &str = "CognitoIdentityProvider.WebAuthnClientMismatchException";
    /// `CognitoIdentityProvider.WebAuthnConfigurationMissingException`
    pub const WEB_AUTHN_CONFIGURATION_MISSING: &str = "CognitoIdentityProvider.WebAuthnConfigurationMissingException";
    /// `CognitoIdentityProvider.WebAuthnCredentialNotSupportedException`
    pub const WEB_AUTHN_CREDENTIAL_NOT_SUPPORTED: &str = "CognitoIdentityProvider.WebAuthnCredentialNotSupportedException";
    /// `CognitoIdentityProvider.WebAuthnNotEnabledException`
    pub const WEB_AUTHN_NOT_ENABLED: &str = "CognitoIdentityProvider.WebAuthnNotEnabledException";
    /// `CognitoIdentityProvider.WebAuthnOriginNotAllowedException`
    pub const WEB_AUTHN_ORIGIN_NOT_ALLOWED: &str = "CognitoIdentityProvider.WebAuthnOriginNotAllowedException";
    /// `CognitoIdentityProvider.WebAuthnRelyingPartyMismatchException`
    pub const WEB_AUTHN_RELYING_PARTY_MISMATCH: &str = "CognitoIdentityProvider.WebAuthnRelyingPartyMismatchException";
}

/// `aws-sdk:cognitosync` errors.
pub mod cognitosync {
    /// `CognitoSync.AlreadyStreamedException`
    pub const ALREADY_STREAMED: &str = "CognitoSync.AlreadyStreamedException";
    /// `CognitoSync.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "CognitoSync.ConcurrentModificationException";
    /// `CognitoSync.DuplicateRequestException`
    pub const DUPLICATE_REQUEST: &str = "CognitoSync.DuplicateRequestException";
    /// `CognitoSync.InternalErrorException`
    pub const INTERNAL_ERROR: &str = "CognitoSync.InternalErrorException";
    /// `CognitoSync.InvalidConfigurationException`
    pub const INVALID_CONFIGURATION: &str = "CognitoSync.InvalidConfigurationException";
    /// `CognitoSync.InvalidLambdaFunctionOutputException`
    pub const INVALID_LAMBDA_FUNCTION_OUTPUT: &str = "CognitoSync.InvalidLambdaFunctionOutputException";
    /// `CognitoSync.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "CognitoSync.InvalidParameterException";
    /// `CognitoSync.LambdaThrottledException`
    pub const LAMBDA_THROTTLED: &str = "CognitoSync.LambdaThrottledException";
    /// `CognitoSync.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "CognitoSync.LimitExceededException";
    /// `CognitoSync.NotAuthorizedException`
    pub const NOT_AUTHORIZED: &str = "CognitoSync.NotAuthorizedException";
    /// `CognitoSync.ResourceConflictException`
    pub const RESOURCE_CONFLICT: &str = "CognitoSync.ResourceConflictException";
    /// `CognitoSync.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "CognitoSync.ResourceNotFoundException";
    /// `CognitoSync.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "CognitoSync.TooManyRequestsException";
}

/// `aws-sdk:comprehend` errors.
pub mod comprehend {
    /// `Comprehend.BatchSizeLimitExceededException`
    pub const BATCH_SIZE_LIMIT_EXCEEDED: &str = "Comprehend.BatchSizeLimitExceededException";
    /// `Comprehend.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "Comprehend.ConcurrentModificationException";
    /// `Comprehend.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Comprehend.InternalServerException";
    /// `Comprehend.InvalidFilterException`
    pub const INVALID_FILTER: &str = "Comprehend.InvalidFilterException";
    /// `Comprehend.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "Comprehend.InvalidRequestException";
    /// `Comprehend.JobNotFoundException`
    pub const JOB_NOT_FOUND: &str = "Comprehend.JobNotFoundException";
    /// `Comprehend.KmsKeyValidationException`
    pub const KMS_KEY_VALIDATION: &str = "Comprehend.KmsKeyValidationException";
    /// `Comprehend.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "Comprehend.ResourceInUseException";
    /// `Comprehend.ResourceLimitExceededException`
    pub const RESOURCE_LIMIT_EXCEEDED: &str = "Comprehend.ResourceLimitExceededException";
    /// `Comprehend.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Comprehend.ResourceNotFoundException";
    /// `Comprehend.ResourceUnavailableException`
    pub const RESOURCE_UNAVAILABLE: &str = "Comprehend.ResourceUnavailableException";
    /// `Comprehend.TextSizeLimitExceededException`
    pub const TEXT_SIZE_LIMIT_EXCEEDED: &str = "Comprehend.TextSizeLimitExceededException";
    /// `Comprehend.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "Comprehend.TooManyRequestsException";
    /// `Comprehend.TooManyTagKeysException`
    pub const TOO_MANY_TAG_KEYS: &str = "Comprehend.TooManyTagKeysException";
    /// `Comprehend.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "Comprehend.TooManyTagsException";
    /// `Comprehend.UnsupportedLanguageException`
    pub const UNSUPPORTED_LANGUAGE: &str = "Comprehend.UnsupportedLanguageException";
}

/// `aws-sdk:comprehendmedical` errors.
pub mod comprehendmedical {
    /// `ComprehendMedical.InternalServerException`
    pub const INTERNAL_SERVER: &str = "ComprehendMedical.InternalServerException";
    /// `ComprehendMedical.InvalidEncodingException`
    pub const INVALID_ENCODING: &str = "ComprehendMedical.InvalidEncodingException";
    /// `ComprehendMedical.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "ComprehendMedical.InvalidRequestException";
    /// `ComprehendMedical.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ComprehendMedical.ResourceNotFoundException";
    /// `ComprehendMedical.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "ComprehendMedical.ServiceUnavailableException";
    /// `ComprehendMedical.TextSizeLimitExceededException`
    pub const TEXT_SIZE_LIMIT_EXCEEDED: &str = "ComprehendMedical.TextSizeLimitExceededException";
    /// `ComprehendMedical.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "ComprehendMedical.TooManyRequestsException";
    /// `ComprehendMedical.ValidationException`
    pub const VALIDATION: &str = "ComprehendMedical.ValidationException";
}

/// `aws-sdk:computeoptimizer` errors.
pub mod computeoptimizer {
    /// `ComputeOptimizer.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "ComputeOptimizer.AccessDeniedException";
    /// `ComputeOptimizer.InternalServerException`
    pub const INTERNAL_SERVER: &str = "ComputeOptimizer.InternalServerException";
    /// `ComputeOptimizer.InvalidParameterValueException`
    pub const INVALID_PARAMETER_VALUE: &str = "ComputeOptimizer.InvalidParameterValueException";
    /// `ComputeOptimizer.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "ComputeOptimizer.LimitExceededException";
    /// `ComputeOptimizer.MissingAuthenticationTokenException`
    pub const MISSING_AUTHENTICATION_TOKEN: &str = "ComputeOptimizer.MissingAuthenticationTokenException";
    /// `ComputeOptimizer.OptInRequiredException`
    pub const OPT_IN_REQUIRED: &str = "ComputeOptimizer.OptInRequiredException";
    /// `ComputeOptimizer.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ComputeOptimizer.ResourceNotFoundException";
    /// `ComputeOptimizer.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "ComputeOptimizer.ServiceUnavailableException";
    /// `ComputeOptimizer.ThrottlingException`
    pub const THROTTLING: &str = "ComputeOptimizer.ThrottlingException";
}

/// `aws-sdk:computeoptimizerautomation` errors.
pub mod computeoptimizerautomation {
    /// `ComputeOptimizerAutomation.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "ComputeOptimizerAutomation.AccessDeniedException";
    /// `ComputeOptimizerAutomation.ConflictException`
    pub const CONFLICT: &str = "ComputeOptimizerAutomation.ConflictException";
    /// `ComputeOptimizerAutomation.ForbiddenException`
    pub const FORBIDDEN: &str = "ComputeOptimizerAutomation.ForbiddenException";
    /// `ComputeOptimizerAutomation.IdempotencyTokenInUseException`
    pub const IDEMPOTENCY_TOKEN_IN_USE: &str = "ComputeOptimizerAutomation.IdempotencyTokenInUseException";
    /// `ComputeOptimizerAutomation.IdempotentParameterMismatchException`
    pub const IDEMPOTENT_PARAMETER_MISMATCH: &str = "ComputeOptimizerAutomation.IdempotentParameterMismatchException";
    /// `ComputeOptimizerAutomation.InternalServerException`
    pub const INTERNAL_SERVER: &str = "ComputeOptimizerAutomation.InternalServerException";
    /// `ComputeOptimizerAutomation.InvalidParameterValueException`
    pub const INVALID_PARAMETER_VALUE: &str = "ComputeOptimizerAutomation.InvalidParameterValueException";
    /// `ComputeOptimizerAutomation.NotManagementAccountException`
    pub const NOT_MANAGEMENT_ACCOUNT: &str = "ComputeOptimizerAutomation.NotManagementAccountException";
    /// `ComputeOptimizerAutomation.OptInRequiredException`
    pub const OPT_IN_REQUIRED: &str = "ComputeOptimizerAutomation.OptInRequiredException";
    /// `ComputeOptimizerAutomation.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ComputeOptimizerAutomation.ResourceNotFoundException";
    /// `ComputeOptimizerAutomation.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "ComputeOptimizerAutomation.ServiceQuotaExceededException";
    /// `ComputeOptimizerAutomation.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "ComputeOptimizerAutomation.ServiceUnavailableException";
    /// `ComputeOptimizerAutomation.ThrottlingException`
    pub const THROTTLING: &str = "ComputeOptimizerAutomation.ThrottlingException";
}

/// `aws-sdk:config` errors.
pub mod config {
    /// `Config.ConflictException`
    pub const CONFLICT: &str = "Config.ConflictException";
    /// `Config.ConformancePackTemplateValidationException`
    pub const CONFORMANCE_PACK_TEMPLATE_VALIDATION: &str = "Config.ConformancePackTemplateValidationException";
    /// `Config.IdempotentParameterMismatchException`
    pub const IDEMPOTENT_PARAMETER_MISMATCH: &str = "Config.IdempotentParameterMismatchException";
    /// `Config.InsufficientDeliveryPolicyException`
    pub const INSUFFICIENT_DELIVERY_POLICY: &str = "Config.InsufficientDeliveryPolicyException";
    /// `Config.InsufficientPermissionsException`
    pub const INSUFFICIENT_PERMISSIONS: &str = "Config.InsufficientPermissionsException";
    /// `Config.InvalidConfigurationRecorderNameException`
    pub const INVALID_CONFIGURATION_RECORDER_NAME: &str = "Config.InvalidConfigurationRecorderNameException";
    /// `Config.InvalidDeliveryChannelNameException`
    pub const INVALID_DELIVERY_CHANNEL_NAME: &str = "Config.InvalidDeliveryChannelNameException";
    /// `Config.InvalidExpressionException`
    pub const INVALID_EXPRESSION: &str = "Config.InvalidExpressionException";
    /// `Config.InvalidLimitException`
    pub const INVALID_LIMIT: &str = "Config.InvalidLimitException";
    /// `Config.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "Config.InvalidNextTokenException";
    /// `Config.InvalidParameterValueException`
    pub const INVALID_PARAMETER_VALUE: &str = "Config.InvalidParameterValueException";
    /// `Config.InvalidRecordingGroupException`
    pub const INVALID_RECORDING_GROUP: &str = "Config.InvalidRecordingGroupException";
    /// `Config.InvalidResultTokenException`
    pub const INVALID_RESULT_TOKEN: &str = "Config.InvalidResultTokenException";
    /// `Config.InvalidRoleException`
    pub const INVALID_ROLE: &str = "Config.InvalidRoleException";
    /// `Config.InvalidS3KeyPrefixException`
    pub const INVALID_S3_KEY_PREFIX: &str = "Config.InvalidS3KeyPrefixException";
    /// `Config.InvalidS3KmsKeyArnException`
    pub const INVALID_S3_KMS_KEY_ARN: &str = "Config.InvalidS3KmsKeyArnException";
    /// `Config.InvalidSNSTopicARNException`
    pub const INVALID_SNS_TOPIC_ARN: &str = "Config.InvalidSNSTopicARNException";
    /// `Config.InvalidTimeRangeException`
    pub const INVALID_TIME_RANGE: &str = "Config.InvalidTimeRangeException";
    /// `Config.LastDeliveryChannelDeleteFailedException`
    pub const LAST_DELIVERY_CHANNEL_DELETE_FAILED: &str = "Config.LastDeliveryChannelDeleteFailedException";
    /// `Config.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Config.LimitExceededException";
    /// `Config.MaxActiveResourcesExceededException`
    pub const MAX_ACTIVE_RESOURCES_EXCEEDED: &str = "Config.MaxActiveResourcesExceededException";
    /// `Config.MaxNumberOfConfigRulesExceededException`
    pub const MAX_NUMBER_OF_CONFIG_RULES_EXCEEDED: &str = "Config.MaxNumberOfConfigRulesExceededException";
    /// `Config.MaxNumberOfConfigurationRecordersExceededException`
    pub const MAX_NUMBER_OF_CONFIGURATION_RECORDERS_EXCEEDED: &str = "Config.MaxNumberOfConfigurationRecordersExceededException";
    /// `Config.MaxNumberOfConformancePacksExceededException`
    pub const MAX_NUMBER_OF_CONFORMANCE_PACKS_EXCEEDED: &str = "Config.MaxNumberOfConformancePacksExceededException";
    /// `Config.MaxNumberOfConnectorsExceededException`
    pub const MAX_NUMBER_OF_CONNECTORS_EXCEEDED: &str = "Config.MaxNumberOfConnectorsExceededException";
    /// `Config.MaxNumberOfDeliveryChannelsExceededException`
    pub const MAX_NUMBER_OF_DELIVERY_CHANNELS_EXCEEDED: &str = "Config.MaxNumberOfDeliveryChannelsExceededException";
    /// `Config.MaxNumberOfOrganizationConfigRulesExceededException`
    pub const MAX_NUMBER_OF_ORGANIZATION_CONFIG_RULES_EXCEEDED: &str = "Config.MaxNumberOfOrganizationConfigRulesExceededException";
    /// `Config.MaxNumberOfOrganizationConformancePacksExceededException`
    pub const MAX_NUMBER_OF_ORGANIZATION_CONFORMANCE_PACKS_EXCEEDED: &str = "Config.MaxNumberOfOrganizationConformancePacksExceededException";
    /// `Config.MaxNumberOfRetentionConfigurationsExceededException`
    pub const MAX_NUMBER_OF_RETENTION_CONFIGURATIONS_EXCEEDED: &str = "Config.MaxNumberOfRetentionConfigurationsExceededException";
    /// `Config.NoAvailableConfigurationRecorderException`
    pub const NO_AVAILABLE_CONFIGURATION_RECORDER: &str = "Config.NoAvailableConfigurationRecorderException";
    /// `Config.NoAvailableDeliveryChannelException`
    pub const NO_AVAILABLE_DELIVERY_CHANNEL: &str = "Config.NoAvailableDeliveryChannelException";
    /// `Config.NoAvailableOrganizationException`
    pub const NO_AVAILABLE_ORGANIZATION: &str = "Config.NoAvailableOrganizationException";
    /// `Config.NoRunningConfigurationRecorderException`
    pub const NO_RUNNING_CONFIGURATION_RECORDER: &str = "Config.NoRunningConfigurationRecorderException";
    /// `Config.NoSuchBucketException`
    pub const NO_SUCH_BUCKET: &str = "Config.NoSuchBucketException";
    /// `Config.NoSuchConfigRuleException`
    pub const NO_SUCH_CONFIG_RULE: &str = "Config.NoSuchConfigRuleException";
    /// `Config.NoSuchConfigRuleInConformancePackException`
    pub const NO_SUCH_CONFIG_RULE_IN_CONFORMANCE_PACK: &str = "Config.NoSuchConfigRuleInConformancePackException";
    /// `Config.NoSuchConfigurationAggregatorException`
    pub const NO_SUCH_CONFIGURATION_AGGREGATOR: &str = "Config.NoSuchConfigurationAggregatorException";
    /// `Config.NoSuchConfigurationRecorderException`
    pub const NO_SUCH_CONFIGURATION_RECORDER: &str = "Config.NoSuchConfigurationRecorderException";
    /// `Config.NoSuchConformancePackException`
    pub const NO_SUCH_CONFORMANCE_PACK: &str = "Config.NoSuchConformancePackException";
    /// `Config.NoSuchDeliveryChannelException`
    pub const NO_SUCH_DELIVERY_CHANNEL: &str = "Config.NoSuchDeliveryChannelException";
    /// `Config.NoSuchOrganizationConfigRuleException`
    pub const NO_SUCH_ORGANIZATION_CONFIG_RULE: &str = "Config.NoSuchOrganizationConfigRuleException";
    /// `Config.NoSuchOrganizationConformancePackException`
    pub const NO_SUCH_ORGANIZATION_CONFORMANCE_PACK: &str = "Config.NoSuchOrganizationConformancePackException";
    /// `Config.NoSuchRemediationConfigurationException`
    pub const NO_SUCH_REMEDIATION_CONFIGURATION: &str = "Config.NoSuchRemediationConfigurationException";
    /// `Config.NoSuchRemediationExceptionException`
    pub const NO_SUCH_REMEDIATION_EXCEPTION: &str = "Config.NoSuchRemediationExceptionException";
    /// `Config.NoSuchRetentionConfigurationException`
    pub const NO_SUCH_RETENTION_CONFIGURATION: &str = "Config.NoSuchRetentionConfigurationException";
    /// `Config.OrganizationAccessDeniedException`
    pub const ORGANIZATION_ACCESS_DENIED: &str = "Config.OrganizationAccessDeniedException";
    /// `Config.OrganizationAllFeaturesNotEnabledException`
    pub const ORGANIZATION_ALL_FEATURES_NOT_ENABLED: &str = "Config.OrganizationAllFeaturesNotEnabledException";
    /// `Config.OrganizationConformancePackTemplateValidationException`
    pub const ORGANIZATION_CONFORMANCE_PACK_TEMPLATE_VALIDATION: &str = "Config.OrganizationConformancePackTemplateValidationException";
    /// `Config.OversizedConfigurationItemException`
    pub const OVERSIZED_CONFIGURATION_ITEM: &str = "Config.OversizedConfigurationItemException";
    /// `Config.RemediationInProgressException`
    pub const REMEDIATION_IN_PROGRESS: &str = "Config.RemediationInProgressException";
    /// `Config.ResourceConcurrentModificationException`
    pub const RESOURCE_CONCURRENT_MODIFICATION: &str = "Config.ResourceConcurrentModificationException";
    /// `Config.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "Config.ResourceInUseException";
    /// `Config.ResourceNotDiscoveredException`
    pub const RESOURCE_NOT_DISCOVERED: &str = "Config.ResourceNotDiscoveredException";
    /// `Config.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Config.ResourceNotFoundException";
    /// `Config.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "Config.TooManyTagsException";
    /// `Config.UnmodifiableEntityException`
    pub const UNMODIFIABLE_ENTITY: &str = "Config.UnmodifiableEntityException";
    /// `Config.ValidationException`
    pub const VALIDATION: &str = "Config.ValidationException";
}

/// `aws-sdk:connect` errors.
pub mod connect {
    /// `Connect.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Connect.AccessDeniedException";
    /// `Connect.ConditionalOperationFailedException`
    pub const CONDITIONAL_OPERATION_FAILED: &str = "Connect.ConditionalOperationFailedException";
    /// `Connect.ConflictException`
    pub const CONFLICT: &str = "Connect.ConflictException";
    /// `Connect.ContactFlowNotPublishedException`
    pub const CONTACT_FLOW_NOT_PUBLISHED: &str = "Connect.ContactFlowNotPublishedException";
    /// `Connect.ContactNotFoundException`
    pub const CONTACT_NOT_FOUND: &str = "Connect.ContactNotFoundException";
    /// `Connect.ContactNotTerminatedException`
    pub const CONTACT_NOT_TERMINATED: &str = "Connect.ContactNotTerminatedException";
    /// `Connect.DestinationNotAllowedException`
    pub const DESTINATION_NOT_ALLOWED: &str = "Connect.DestinationNotAllowedException";
    /// `Connect.DuplicateResourceException`
    pub const DUPLICATE_RESOURCE: &str = "Connect.DuplicateResourceException";
    /// `Connect.IdempotencyException`
    pub const IDEMPOTENCY: &str = "Connect.IdempotencyException";
    /// `Connect.InternalServiceException`
    pub const INTERNAL_SERVICE: &str = "Connect.InternalServiceException";
    /// `Connect.InvalidActiveRegionException`
    pub const INVALID_ACTIVE_REGION: &str = "Connect.InvalidActiveRegionException";
    /// `Connect.InvalidContactFlowException`
    pub const INVALID_CONTACT_FLOW: &str = "Connect.InvalidContactFlowException";
    /// `Connect.InvalidContactFlowModuleException`
    pub const INVALID_CONTACT_FLOW_MODULE: &str = "Connect.InvalidContactFlowModuleException";
    /// `Connect.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "Connect.InvalidParameterException";
    /// `Connect.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "Connect.InvalidRequestException";
    /// `Connect.InvalidTestCaseException`
    pub const INVALID_TEST_CASE: &str = "Connect.InvalidTestCaseException";
    /// `Connect.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Connect.LimitExceededException";
    /// `Connect.MaximumResultReturnedException`
    pub const MAXIMUM_RESULT_RETURNED: &str = "Connect.MaximumResultReturnedException";
    /// `Connect.OutboundContactNotPermittedException`
    pub const OUTBOUND_CONTACT_NOT_PERMITTED: &str = "Connect.OutboundContactNotPermittedException";
    /// `Connect.OutputTypeNotFoundException`
    pub const OUTPUT_TYPE_NOT_FOUND: &str = "Connect.OutputTypeNotFoundException";
    /// `Connect.PropertyValidationException`
    pub const PROPERTY_VALIDATION: &str = "Connect.PropertyValidationException";
    /// `Connect.ResourceConflictException`
    pub const RESOURCE_CONFLICT: &str = "Connect.ResourceConflictException";
    /// `Connect.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "Connect.ResourceInUseException";
    /// `Connect.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Connect.ResourceNotFoundException";
    /// `Connect.ResourceNotReadyException`
    pub const RESOURCE_NOT_READY: &str = "Connect.ResourceNotReadyException";
    /// `Connect.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Connect.ServiceQuotaExceededException";
    /// `Connect.ThrottlingException`
    pub const THROTTLING: &str = "Connect.ThrottlingException";
    /// `Connect.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "Connect.TooManyRequestsException";
    /// `Connect.UserNotFoundException`
    pub const USER_NOT_FOUND: &str = "Connect.UserNotFoundException";
}

/// `aws-sdk:connectcampaigns` errors.
pub mod connectcampaigns {
    /// `ConnectCampaigns.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "ConnectCampaigns.AccessDeniedException";
    /// `ConnectCampaigns.ConflictException`
    pub const CONFLICT: &str = "ConnectCampaigns.ConflictException";
    /// `ConnectCampaigns.InternalServerException`
    pub const INTERNAL_SERVER: &str = "ConnectCampaigns.InternalServerException";
    /// `ConnectCampaigns.InvalidCampaignStateException`
    pub const INVALID_CAMPAIGN_STATE: &str = "ConnectCampaigns.InvalidCampaignStateException";
    /// `ConnectCampaigns.InvalidStateException`
    pub const INVALID_STATE: &str = "ConnectCampaigns.InvalidStateException";
    /// `ConnectCampaigns.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ConnectCampaigns.ResourceNotFoundException";
    /// `ConnectCampaigns.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "ConnectCampaigns.ServiceQuotaExceededException";
    /// `ConnectCampaigns.ThrottlingException`
    pub const THROTTLING: &str = "ConnectCampaigns.ThrottlingException";
    /// `ConnectCampaigns.ValidationException`
    pub const VALIDATION: &str = "ConnectCampaigns.ValidationException";
}

/// `aws-sdk:connectcampaignsv2` errors.
pub mod connectcampaignsv2 {
    /// `ConnectCampaignsV2.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "ConnectCampaignsV2.AccessDeniedException";
    /// `ConnectCampaignsV2.ConflictException`
    pub const CONFLICT: &str = "ConnectCampaignsV2.ConflictException";
    /// `ConnectCampaignsV2.InternalServerException`
    pub const INTERNAL_SERVER: &str = "ConnectCampaignsV2.InternalServerException";
    /// `ConnectCampaignsV2.InvalidCampaignStateException`
    pub const INVALID_CAMPAIGN_STATE: &str = "ConnectCampaignsV2.InvalidCampaignStateException";
    /// `ConnectCampaignsV2.InvalidStateException`
    pub const INVALID_STATE: &str = "ConnectCampaignsV2.InvalidStateException";
    /// `ConnectCampaignsV2.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ConnectCampaignsV2.ResourceNotFoundException";
    /// `ConnectCampaignsV2.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "ConnectCampaignsV2.ServiceQuotaExceededException";
    /// `ConnectCampaignsV2.ThrottlingException`
    pub const THROTTLING: &str = "ConnectCampaignsV2.ThrottlingException";
    /// `ConnectCampaignsV2.ValidationException`
    pub const VALIDATION: &str = "ConnectCampaignsV2.ValidationException";
}

/// `aws-sdk:connectcases` errors.
pub mod connectcases {
    /// `ConnectCases.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "ConnectCases.AccessDeniedException";
    /// `ConnectCases.ConflictException`
    pub const CONFLICT: &str = "ConnectCases.ConflictException";
    /// `ConnectCases.InternalServerException`
    pub const INTERNAL_SERVER: &str = "ConnectCases.InternalServerException";
    /// `ConnectCases.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ConnectCases.ResourceNotFoundException";
    /// `ConnectCases.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "ConnectCases.ServiceQuotaExceededException";
    /// `ConnectCases.ThrottlingException`
    pub const THROTTLING: &str = "ConnectCases.ThrottlingException";
    /// `ConnectCases.ValidationException`
    pub const VALIDATION: &str = "ConnectCases.ValidationException";
}

/// `aws-sdk:connectcontactlens` errors.
pub mod connectcontactlens {
    /// `ConnectContactLens.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "ConnectContactLens.AccessDeniedException";
    /// `ConnectContactLens.InternalServiceException`
    pub const INTERNAL_SERVICE: &str = "ConnectContactLens.InternalServiceException";
    /// `ConnectContactLens.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "ConnectContactLens.InvalidRequestException";
    /// `ConnectContactLens.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ConnectContactLens.ResourceNotFoundException";
    /// `ConnectContactLens.ThrottlingException`
    pub const THROTTLING: &str = "ConnectContactLens.ThrottlingException";
}

/// `aws-sdk:connecthealth` errors.
pub mod connecthealth {
    /// `ConnectHealth.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "ConnectHealth.AccessDeniedException";
    /// `ConnectHealth.ConflictException`
    pub const CONFLICT: &str = "ConnectHealth.ConflictException";
    /// `ConnectHealth.InternalServerException`
    pub const INTERNAL_SERVER: &str = "ConnectHealth.InternalServerException";
    /// `ConnectHealth.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ConnectHealth.ResourceNotFoundException";
    /// `ConnectHealth.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "ConnectHealth.ServiceQuotaExceededException";
    /// `ConnectHealth.ThrottlingException`
    pub const THROTTLING: &str = "ConnectHealth.ThrottlingException";
    /// `ConnectHealth.ValidationException`
    pub const VALIDATION: &str = "ConnectHealth.ValidationException";
}

/// `aws-sdk:connectparticipant` errors.
pub mod connectparticipant {
    /// `ConnectParticipant.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "ConnectParticipant.AccessDeniedException";
    /// `ConnectParticipant.ConflictException`
    pub const CONFLICT: &str = "ConnectParticipant.ConflictException";
    /// `ConnectParticipant.InternalServerException`
    pub const INTERNAL_SERVER: &str = "ConnectParticipant.InternalServerException";
    /// `ConnectParticipant.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ConnectParticipant.ResourceNotFoundException";
    /// `ConnectParticipant.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "ConnectParticipant.ServiceQuotaExceededException";
    /// `ConnectParticipant.ThrottlingException`
    pub const THROTTLING: &str = "ConnectParticipant.ThrottlingException";
    /// `ConnectParticipant.ValidationException`
    pub const VALIDATION: &str = "ConnectParticipant.ValidationException";
}

/// `aws-sdk:connectscheduling` errors.
pub mod connectscheduling {
    /// `ConnectScheduling.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "ConnectScheduling.AccessDeniedException";
    /// `ConnectScheduling.ConflictException`
    pub const CONFLICT: &str = "ConnectScheduling.ConflictException";
    /// `ConnectScheduling.InternalServerException`
    pub const INTERNAL_SERVER: &str = "ConnectScheduling.InternalServerException";
    /// `ConnectScheduling.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ConnectScheduling.ResourceNotFoundException";
    /// `ConnectScheduling.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "ConnectScheduling.ServiceQuotaExceededException";
    /// `ConnectScheduling.ThrottlingException`
    pub const THROTTLING: &str = "ConnectScheduling.ThrottlingException";
    /// `ConnectScheduling.ValidationException`
    pub const VALIDATION: &str = "ConnectScheduling.ValidationException";
}

/// `aws-sdk:continuum` errors.
pub mod continuum {
    /// `Continuum.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Continuum.AccessDeniedException";
    /// `Continuum.ConflictException`
    pub const CONFLICT: &str = "Continuum.ConflictException";
    /// `Continuum.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Continuum.InternalServerException";
    /// `Continuum.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Continuum.ResourceNotFoundException";
    /// `Continuum.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Continuum.ServiceQuotaExceededException";
    /// `Continuum.ThrottlingException`
    pub const THROTTLING: &str = "Continuum.ThrottlingException";
    /// `Continuum.ValidationException`
    pub const VALIDATION: &str = "Continuum.ValidationException";
}

/// `aws-sdk:controlcatalog` errors.
pub mod controlcatalog {
    /// `ControlCatalog.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "ControlCatalog.AccessDeniedException";
    /// `ControlCatalog.InternalServerException`
    pub const INTERNAL_SERVER: &str = "ControlCatalog.InternalServerException";
    /// `ControlCatalog.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ControlCatalog.ResourceNotFoundException";
    /// `ControlCatalog.ThrottlingException`
    pub const THROTTLING: &str = "ControlCatalog.ThrottlingException";
    /// `ControlCatalog.ValidationException`
    pub const VALIDATION: &str = "ControlCatalog.ValidationException";
}

/// `aws-sdk:controltower` errors.
pub mod controltower {
    /// `ControlTower.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "ControlTower.AccessDeniedException";
    /// `ControlTower.ConflictException`
    pub const CONFLICT: &str = "ControlTower.ConflictException";
    /// `ControlTower.InternalServerException`
    pub const INTERNAL_SERVER: &str = "ControlTower.InternalServerException";
    /// `ControlTower.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ControlTower.ResourceNotFoundException";
    /// `ControlTower.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "ControlTower.ServiceQuotaExceededException";
    /// `ControlTower.ThrottlingException`
    pub const THROTTLING: &str = "ControlTower.ThrottlingException";
    /// `ControlTower.ValidationException`
    pub const VALIDATION: &str = "ControlTower.ValidationException";
}

/// `aws-sdk:costandusagereport` errors.
pub mod costandusagereport {
    /// `CostAndUsageReport.DuplicateReportNameException`
    pub const DUPLICATE_REPORT_NAME: &str = "CostAndUsageReport.DuplicateReportNameException";
    /// `CostAndUsageReport.InternalErrorException`
    pub const INTERNAL_ERROR: &str = "CostAndUsageReport.InternalErrorException";
    /// `CostAndUsageReport.ReportLimitReachedException`
    pub const REPORT_LIMIT_REACHED: &str = "CostAndUsageReport.ReportLimitReachedException";
    /// `CostAndUsageReport.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "CostAndUsageReport.ResourceNotFoundException";
    /// `CostAndUsageReport.ValidationException`
    pub const VALIDATION: &str = "CostAndUsageReport.ValidationException";
}

/// `aws-sdk:costexplorer` errors.
pub mod costexplorer {
    /// `CostExplorer.AnalysisNotFoundException`
    pub const ANALYSIS_NOT_FOUND: &str = "CostExplorer.AnalysisNotFoundException";
    /// `CostExplorer.BackfillLimitExceededException`
    pub const BACKFILL_LIMIT_EXCEEDED: &str = "CostExplorer.BackfillLimitExceededException";
    /// `CostExplorer.BillExpirationException`
    pub const BILL_EXPIRATION: &str = "CostExplorer.BillExpirationException";
    /// `CostExplorer.BillingViewHealthStatusException`
    pub const BILLING_VIEW_HEALTH_STATUS: &str = "CostExplorer.BillingViewHealthStatusException";
    /// `CostExplorer.DataUnavailableException`
    pub const DATA_UNAVAILABLE: &str = "CostExplorer.DataUnavailableException";
    /// `CostExplorer.GenerationExistsException`
    pub const GENERATION_EXISTS: &str = "CostExplorer.GenerationExistsException";
    /// `CostExplorer.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "CostExplorer.InvalidNextTokenException";
    /// `CostExplorer.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "CostExplorer.LimitExceededException";
    /// `CostExplorer.RequestChangedException`
    pub const REQUEST_CHANGED: &str = "CostExplorer.RequestChangedException";
    /// `CostExplorer.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "CostExplorer.ResourceNotFoundException";
    /// `CostExplorer.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "CostExplorer.ServiceQuotaExceededException";
    /// `CostExplorer.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "CostExplorer.TooManyTagsException";
    /// `CostExplorer.UnknownMonitorException`
    pub const UNKNOWN_MONITOR: &str = "CostExplorer.UnknownMonitorException";
    /// `CostExplorer.UnknownSubscriptionException`
    pub const UNKNOWN_SUBSCRIPTION: &str = "CostExplorer.UnknownSubscriptionException";
    /// `CostExplorer.UnresolvableUsageUnitException`
    pub const UNRESOLVABLE_USAGE_UNIT: &str = "CostExplorer.UnresolvableUsageUnitException";
}

/// `aws-sdk:costoptimizationhub` errors.
pub mod costoptimizationhub {
    /// `CostOptimizationHub.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "CostOptimizationHub.AccessDeniedException";
    /// `CostOptimizationHub.InternalServerException`
    pub const INTERNAL_SERVER: &str = "CostOptimizationHub.InternalServerException";
    /// `CostOptimizationHub.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "CostOptimizationHub.ResourceNotFoundException";
    /// `CostOptimizationHub.ThrottlingException`
    pub const THROTTLING: &str = "CostOptimizationHub.ThrottlingException";
    /// `CostOptimizationHub.ValidationException`
    pub const VALIDATION: &str = "CostOptimizationHub.ValidationException";
}

/// `aws-sdk:customerprofiles` errors.
pub mod customerprofiles {
    /// `CustomerProfiles.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "CustomerProfiles.AccessDeniedException";
    /// `CustomerProfiles.BadRequestException`
    pub const BAD_REQUEST: &str = "CustomerProfiles.BadRequestException";
    /// `CustomerProfiles.InternalServerException`
    pub const INTERNAL_SERVER: &str = "CustomerProfiles.InternalServerException";
    /// `CustomerProfiles.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "CustomerProfiles.ResourceNotFoundException";
    /// `CustomerProfiles.ThrottlingException`
    pub const THROTTLING: &str = "CustomerProfiles.ThrottlingException";
}

/// `aws-sdk:databasemigration` errors.
pub mod databasemigration {
    /// `DatabaseMigration.AccessDeniedFaultException`
    pub const ACCESS_DENIED_FAULT: &str = "DatabaseMigration.AccessDeniedFaultException";
    /// `DatabaseMigration.CollectorNotFoundFaultException`
    pub const COLLECTOR_NOT_FOUND_FAULT: &str = "DatabaseMigration.CollectorNotFoundFaultException";
    /// `DatabaseMigration.FailedDependencyFaultException`
    pub const FAILED_DEPENDENCY_FAULT: &str = "DatabaseMigration.FailedDependencyFaultException";
    /// `DatabaseMigration.InsufficientResourceCapacityFaultException`
    pub const INSUFFICIENT_RESOURCE_CAPACITY_FAULT: &str = "DatabaseMigration.InsufficientResourceCapacityFaultException";
    /// `DatabaseMigration.InvalidCertificateFaultException`
    pub const INVALID_CERTIFICATE_FAULT: &str = "DatabaseMigration.InvalidCertificateFaultException";
    /// `DatabaseMigration.InvalidOperationFaultException`
    pub const INVALID_OPERATION_FAULT: &str = "DatabaseMigration.InvalidOperationFaultException";
    /// `DatabaseMigration.InvalidResourceStateFaultException`
    pub const INVALID_RESOURCE_STATE_FAULT: &str = "DatabaseMigration.InvalidResourceStateFaultException";
    /// `DatabaseMigration.InvalidSubnetException`
    pub const INVALID_SUBNET: &str = "DatabaseMigration.InvalidSubnetException";
    /// `DatabaseMigration.KMSAccessDeniedFaultException`
    pub const KMS_ACCESS_DENIED_FAULT: &str = "DatabaseMigration.KMSAccessDeniedFaultException";
    /// `DatabaseMigration.KMSDisabledFaultException`
    pub const KMS_DISABLED_FAULT: &str = "DatabaseMigration.KMSDisabledFaultException";
    /// `DatabaseMigration.KMSFaultException`
    pub const KMS_FAULT: &str = "DatabaseMigration.KMSFaultException";
    /// `DatabaseMigration.KMSInvalidStateFaultException`
    pub const KMS_INVALID_STATE_FAULT: &str = "DatabaseMigration.KMSInvalidStateFaultException";
    /// `DatabaseMigration.KMSKeyNotAccessibleFaultException`
    pub const KMS_KEY_NOT_ACCESSIBLE_FAULT: &str = "DatabaseMigration.KMSKeyNotAccessibleFaultException";
    /// `DatabaseMigration.KMSNotFoundFaultException`
    pub const KMS_NOT_FOUND_FAULT: &str = "DatabaseMigration.KMSNotFoundFaultException";
    /// `DatabaseMigration.KMSThrottlingFaultException`
    pub const KMS_THROTTLING_FAULT: &str = "DatabaseMigration.KMSThrottlingFaultException";
    /// `DatabaseMigration.ReplicationSubnetGroupDoesNotCoverEnoughAZsException`
    pub const REPLICATION_SUBNET_GROUP_DOES_NOT_COVER_ENOUGH_A_ZS: &str = "DatabaseMigration.ReplicationSubnetGroupDoesNotCoverEnoughAZsException";
    /// `DatabaseMigration.ResourceAlreadyExistsFaultException`
    pub const RESOURCE_ALREADY_EXISTS_FAULT: &str = "DatabaseMigration.ResourceAlreadyExistsFaultException";
    /// `DatabaseMigration.ResourceNotFoundFaultException`
    pub const RESOURCE_NOT_FOUND_FAULT: &str = "DatabaseMigration.ResourceNotFoundFaultException";
    /// `DatabaseMigration.ResourceQuotaExceededFaultException`
    pub const RESOURCE_QUOTA_EXCEEDED_FAULT: &str = "DatabaseMigration.ResourceQuotaExceededFaultException";
    /// `DatabaseMigration.S3AccessDeniedFaultException`
    pub const S3_ACCESS_DENIED_FAULT: &str = "DatabaseMigration.S3AccessDeniedFaultException";
    /// `DatabaseMigration.S3ResourceNotFoundFaultException`
    pub const S3_RESOURCE_NOT_FOUND_FAULT: &str = "DatabaseMigration.S3ResourceNotFoundFaultException";
    /// `DatabaseMigration.SNSInvalidTopicFaultException`
    pub const SNS_INVALID_TOPIC_FAULT: &str = "DatabaseMigration.SNSInvalidTopicFaultException";
    /// `DatabaseMigration.SNSNoAuthorizationFaultException`
    pub const SNS_NO_AUTHORIZATION_FAULT: &str = "DatabaseMigration.SNSNoAuthorizationFaultException";
    /// `DatabaseMigration.StorageQuotaExceededFaultException`
    pub const STORAGE_QUOTA_EXCEEDED_FAULT: &str = "DatabaseMigration.StorageQuotaExceededFaultException";
    /// `DatabaseMigration.SubnetAlreadyInUseException`
    pub const SUBNET_ALREADY_IN_USE: &str = "DatabaseMigration.SubnetAlreadyInUseException";
    /// `DatabaseMigration.UpgradeDependencyFailureFaultException`
    pub const UPGRADE_DEPENDENCY_FAILURE_FAULT: &str = "DatabaseMigration.UpgradeDependencyFailureFaultException";
}

/// `aws-sdk:databrew` errors.
pub mod databrew {
    /// `DataBrew.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "DataBrew.AccessDeniedException";
    /// `DataBrew.ConflictException`
    pub const CONFLICT: &str = "DataBrew.ConflictException";
    /// `DataBrew.InternalServerException`
    pub const INTERNAL_SERVER: &str = "DataBrew.InternalServerException";
    /// `DataBrew.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "DataBrew.ResourceNotFoundException";
    /// `DataBrew.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "DataBrew.ServiceQuotaExceededException";
    /// `DataBrew.ValidationException`
    pub const VALIDATION: &str = "DataBrew.ValidationException";
}

/// `aws-sdk:dataexchange` errors.
pub mod dataexchange {
    /// `DataExchange.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "DataExchange.AccessDeniedException";
    /// `DataExchange.ConflictException`
    pub const CONFLICT: &str = "DataExchange.ConflictException";
    /// `DataExchange.InternalServerException`
    pub const INTERNAL_SERVER: &str = "DataExchange.InternalServerException";
    /// `DataExchange.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "DataExchange.ResourceNotFoundException";
    /// `DataExchange.ServiceLimitExceededException`
    pub const SERVICE_LIMIT_EXCEEDED: &str = "DataExchange.ServiceLimitExceededException";
    /// `DataExchange.ThrottlingException`
    pub const THROTTLING: &str = "DataExchange.ThrottlingException";
    /// `DataExchange.ValidationException`
    pub const VALIDATION: &str = "DataExchange.ValidationException";
}

/// `aws-sdk:datapipeline` errors.
pub mod datapipeline {
    /// `DataPipeline.InternalServiceErrorException`
    pub const INTERNAL_SERVICE_ERROR: &str = "DataPipeline.InternalServiceErrorException";
    /// `DataPipeline.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "DataPipeline.InvalidRequestException";
    /// `DataPipeline.PipelineDeletedException`
    pub const PIPELINE_DELETED: &str = "DataPipeline.PipelineDeletedException";
    /// `DataPipeline.PipelineNotFoundException`
    pub const PIPELINE_NOT_FOUND: &str = "DataPipeline.PipelineNotFoundException";
    /// `DataPipeline.TaskNotFoundException`
    pub const TASK_NOT_FOUND: &str = "DataPipeline.TaskNotFoundException";
}

/// `aws-sdk:datasync` errors.
pub mod datasync {
    /// `DataSync.InternalException`
    pub const INTERNAL: &str = "DataSync.InternalException";
    /// `DataSync.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "DataSync.InvalidRequestException";
}

/// `aws-sdk:datazone` errors.
pub mod datazone {
    /// `DataZone.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "DataZone.AccessDeniedException";
    /// `DataZone.ConflictException`
    pub const CONFLICT: &str = "DataZone.ConflictException";
    /// `DataZone.InternalServerException`
    pub const INTERNAL_SERVER: &str = "DataZone.InternalServerException";
    /// `DataZone.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "DataZone.ResourceNotFoundException";
    /// `DataZone.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "DataZone.ServiceQuotaExceededException";
    /// `DataZone.ThrottlingException`
    pub const THROTTLING: &str = "DataZone.ThrottlingException";
    /// `DataZone.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "DataZone.UnauthorizedException";
    /// `DataZone.ValidationException`
    pub const VALIDATION: &str = "DataZone.ValidationException";
}

/// `aws-sdk:dax` errors.
pub mod dax {
    /// `Dax.ClusterAlreadyExistsFaultException`
    pub const CLUSTER_ALREADY_EXISTS_FAULT: &str = "Dax.ClusterAlreadyExistsFaultException";
    /// `Dax.ClusterNotFoundFaultException`
    pub const CLUSTER_NOT_FOUND_FAULT: &str = "Dax.ClusterNotFoundFaultException";
    /// `Dax.ClusterQuotaForCustomerExceededFaultException`
    pub const CLUSTER_QUOTA_FOR_CUSTOMER_EXCEEDED_FAULT: &str = "Dax.ClusterQuotaForCustomerExceededFaultException";
    /// `Dax.InsufficientClusterCapacityFaultException`
    pub const INSUFFICIENT_CLUSTER_CAPACITY_FAULT: &str = "Dax.InsufficientClusterCapacityFaultException";
    /// `Dax.InvalidARNFaultException`
    pub const INVALID_ARN_FAULT: &str = "Dax.InvalidARNFaultException";
    /// `Dax.InvalidClusterStateFaultException`
    pub const INVALID_CLUSTER_STATE_FAULT: &str = "Dax.InvalidClusterStateFaultException";
    /// `Dax.InvalidParameterCombinationException`
    pub const INVALID_PARAMETER_COMBINATION: &str = "Dax.InvalidParameterCombinationException";
    /// `Dax.InvalidParameterGroupStateFaultException`
    pub const INVALID_PARAMETER_GROUP_STATE_FAULT: &str = "Dax.InvalidParameterGroupStateFaultException";
    /// `Dax.InvalidParameterValueException`
    pub const INVALID_PARAMETER_VALUE: &str = "Dax.InvalidParameterValueException";
    /// `Dax.InvalidSubnetException`
    pub const INVALID_SUBNET: &str = "Dax.InvalidSubnetException";
    /// `Dax.InvalidVPCNetworkStateFaultException`
    pub const INVALID_VPC_NETWORK_STATE_FAULT: &str = "Dax.InvalidVPCNetworkStateFaultException";
    /// `Dax.NodeNotFoundFaultException`
    pub const NODE_NOT_FOUND_FAULT: &str = "Dax.NodeNotFoundFaultException";
    /// `Dax.NodeQuotaForClusterExceededFaultException`
    pub const NODE_QUOTA_FOR_CLUSTER_EXCEEDED_FAULT: &str = "Dax.NodeQuotaForClusterExceededFaultException";
    /// `Dax.NodeQuotaForCustomerExceededFaultException`
    pub const NODE_QUOTA_FOR_CUSTOMER_EXCEEDED_FAULT: &str = "Dax.NodeQuotaForCustomerExceededFaultException";
    /// `Dax.ParameterGroupAlreadyExistsFaultException`
    pub const PARAMETER_GROUP_ALREADY_EXISTS_FAULT: &str = "Dax.ParameterGroupAlreadyExistsFaultException";
    /// `Dax.ParameterGroupNotFoundFaultException`
    pub const PARAMETER_GROUP_NOT_FOUND_FAULT: &str = "Dax.ParameterGroupNotFoundFaultException";
    /// `Dax.ParameterGroupQuotaExceededFaultException`
    pub const PARAMETER_GROUP_QUOTA_EXCEEDED_FAULT: &str = "Dax.ParameterGroupQuotaExceededFaultException";
    /// `Dax.ServiceLinkedRoleNotFoundFaultException`
    pub const SERVICE_LINKED_ROLE_NOT_FOUND_FAULT: &str = "Dax.ServiceLinkedRoleNotFoundFaultException";
    /// `Dax.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Dax.ServiceQuotaExceededException";
    /// `Dax.SubnetGroupAlreadyExistsFaultException`
    pub const SUBNET_GROUP_ALREADY_EXISTS_FAULT: &str = "Dax.SubnetGroupAlreadyExistsFaultException";
    /// `Dax.SubnetGroupInUseFaultException`
    pub const SUBNET_GROUP_IN_USE_FAULT: &str = "Dax.SubnetGroupInUseFaultException";
    /// `Dax.SubnetGroupNotFoundFaultException`
    pub const SUBNET_GROUP_NOT_FOUND_FAULT: &str = "Dax.SubnetGroupNotFoundFaultException";
    /// `Dax.SubnetGroupQuotaExceededFaultException`
    pub const SUBNET_GROUP_QUOTA_EXCEEDED_FAULT: &str = "Dax.SubnetGroupQuotaExceededFaultException";
    /// `Dax.SubnetInUseException`
    pub const SUBNET_IN_USE: &str = "Dax.SubnetInUseException";
    /// `Dax.SubnetNotAllowedFaultException`
    pub const SUBNET_NOT_ALLOWED_FAULT: &str = "Dax.SubnetNotAllowedFaultException";
    /// `Dax.SubnetQuotaExceededFaultException`
    pub const SUBNET_QUOTA_EXCEEDED_FAULT: &str = "Dax.SubnetQuotaExceededFaultException";
    /// `Dax.TagNotFoundFaultException`
    pub const TAG_NOT_FOUND_FAULT: &str = "Dax.TagNotFoundFaultException";
    /// `Dax.TagQuotaPerResourceExceededException`
    pub const TAG_QUOTA_PER_RESOURCE_EXCEEDED: &str = "Dax.TagQuotaPerResourceExceededException";
}

/// `aws-sdk:deadline` errors.
pub mod deadline {
    /// `Deadline.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Deadline.AccessDeniedException";
    /// `Deadline.ConflictException`
    pub const CONFLICT: &str = "Deadline.ConflictException";
    /// `Deadline.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "Deadline.InternalServerErrorException";
    /// `Deadline.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Deadline.ResourceNotFoundException";
    /// `Deadline.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Deadline.ServiceQuotaExceededException";
    /// `Deadline.ThrottlingException`
    pub const THROTTLING: &str = "Deadline.ThrottlingException";
    /// `Deadline.ValidationException`
    pub const VALIDATION: &str = "Deadline.ValidationException";
}

/// `aws-sdk:detective` errors.
pub mod detective {
    /// `Detective.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Detective.AccessDeniedException";
    /// `Detective.ConflictException`
    pub const CONFLICT: &str = "Detective.ConflictException";
    /// `Detective.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Detective.InternalServerException";
    /// `Detective.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Detective.ResourceNotFoundException";
    /// `Detective.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Detective.ServiceQuotaExceededException";
    /// `Detective.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "Detective.TooManyRequestsException";
    /// `Detective.ValidationException`
    pub const VALIDATION: &str = "Detective.ValidationException";
}

/// `aws-sdk:devicefarm` errors.
pub mod devicefarm {
    /// `DeviceFarm.ArgumentException`
    pub const ARGUMENT: &str = "DeviceFarm.ArgumentException";
    /// `DeviceFarm.CannotDeleteException`
    pub const CANNOT_DELETE: &str = "DeviceFarm.CannotDeleteException";
    /// `DeviceFarm.IdempotencyException`
    pub const IDEMPOTENCY: &str = "DeviceFarm.IdempotencyException";
    /// `DeviceFarm.InternalServiceException`
    pub const INTERNAL_SERVICE: &str = "DeviceFarm.InternalServiceException";
    /// `DeviceFarm.InvalidOperationException`
    pub const INVALID_OPERATION: &str = "DeviceFarm.InvalidOperationException";
    /// `DeviceFarm.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "DeviceFarm.LimitExceededException";
    /// `DeviceFarm.NotEligibleException`
    pub const NOT_ELIGIBLE: &str = "DeviceFarm.NotEligibleException";
    /// `DeviceFarm.NotFoundException`
    pub const NOT_FOUND: &str = "DeviceFarm.NotFoundException";
    /// `DeviceFarm.ServiceAccountException`
    pub const SERVICE_ACCOUNT: &str = "DeviceFarm.ServiceAccountException";
    /// `DeviceFarm.TagOperationException`
    pub const TAG_OPERATION: &str = "DeviceFarm.TagOperationException";
    /// `DeviceFarm.TagPolicyException`
    pub const TAG_POLICY: &str = "DeviceFarm.TagPolicyException";
    /// `DeviceFarm.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "DeviceFarm.TooManyTagsException";
}

/// `aws-sdk:devopsagent` errors.
pub mod devopsagent {
    /// `DevOpsAgent.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "DevOpsAgent.AccessDeniedException";
    /// `DevOpsAgent.ConflictException`
    pub const CONFLICT: &str = "DevOpsAgent.ConflictException";
    /// `DevOpsAgent.ContentSizeExceededException`
    pub const CONTENT_SIZE_EXCEEDED: &str = "DevOpsAgent.ContentSizeExceededException";
    /// `DevOpsAgent.IdentityCenterServiceException`
    pub const IDENTITY_CENTER_SERVICE: &str = "DevOpsAgent.IdentityCenterServiceException";
    /// `DevOpsAgent.InternalServerException`
    pub const INTERNAL_SERVER: &str = "DevOpsAgent.InternalServerException";
    /// `DevOpsAgent.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "DevOpsAgent.InvalidParameterException";
    /// `DevOpsAgent.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "DevOpsAgent.ResourceNotFoundException";
    /// `DevOpsAgent.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "DevOpsAgent.ServiceQuotaExceededException";
    /// `DevOpsAgent.ThrottlingException`
    pub const THROTTLING: &str = "DevOpsAgent.ThrottlingException";
    /// `DevOpsAgent.ValidationException`
    pub const VALIDATION: &str = "DevOpsAgent.ValidationException";
}

/// `aws-sdk:devopsguru` errors.
pub mod devopsguru {
    /// `DevOpsGuru.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "DevOpsGuru.AccessDeniedException";
    /// `DevOpsGuru.ConflictException`
    pub const CONFLICT: &str = "DevOpsGuru.ConflictException";
    /// `DevOpsGuru.InternalServerException`
    pub const INTERNAL_SERVER: &str = "DevOpsGuru.InternalServerException";
    /// `DevOpsGuru.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "DevOpsGuru.ResourceNotFoundException";
    /// `DevOpsGuru.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "DevOpsGuru.ServiceQuotaExceededException";
    /// `DevOpsGuru.ThrottlingException`
    pub const THROTTLING: &str = "DevOpsGuru.ThrottlingException";
    /// `DevOpsGuru.ValidationException`
    pub const VALIDATION: &str = "DevOpsGuru.ValidationException";
}

/// `aws-sdk:directconnect` errors.
pub mod directconnect {
    /// `DirectConnect.DirectConnectClientException`
    pub const DIRECT_CONNECT_CLIENT: &str = "DirectConnect.DirectConnectClientException";
    /// `DirectConnect.DirectConnectServerException`
    pub const DIRECT_CONNECT_SERVER: &str = "DirectConnect.DirectConnectServerException";
    /// `DirectConnect.DuplicateTagKeysException`
    pub const DUPLICATE_TAG_KEYS: &str = "DirectConnect.DuplicateTagKeysException";
    /// `DirectConnect.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "DirectConnect.LimitExceededException";
    /// `DirectConnect.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "DirectConnect.TooManyTagsException";
}

/// `aws-sdk:directory` errors.
pub mod directory {
    /// `Directory.ADAssessmentLimitExceededException`
    pub const AD_ASSESSMENT_LIMIT_EXCEEDED: &str = "Directory.ADAssessmentLimitExceededException";
    /// `Directory.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Directory.AccessDeniedException";
    /// `Directory.AuthenticationFailedException`
    pub const AUTHENTICATION_FAILED: &str = "Directory.AuthenticationFailedException";
    /// `Directory.CertificateAlreadyExistsException`
    pub const CERTIFICATE_ALREADY_EXISTS: &str = "Directory.CertificateAlreadyExistsException";
    /// `Directory.CertificateDoesNotExistException`
    pub const CERTIFICATE_DOES_NOT_EXIST: &str = "Directory.CertificateDoesNotExistException";
    /// `Directory.CertificateInUseException`
    pub const CERTIFICATE_IN_USE: &str = "Directory.CertificateInUseException";
    /// `Directory.CertificateLimitExceededException`
    pub const CERTIFICATE_LIMIT_EXCEEDED: &str = "Directory.CertificateLimitExceededException";
    /// `Directory.ClientException`
    pub const CLIENT: &str = "Directory.ClientException";
    /// `Directory.DirectoryAlreadyInRegionException`
    pub const DIRECTORY_ALREADY_IN_REGION: &str = "Directory.DirectoryAlreadyInRegionException";
    /// `Directory.DirectoryAlreadySharedException`
    pub const DIRECTORY_ALREADY_SHARED: &str = "Directory.DirectoryAlreadySharedException";
    /// `Directory.DirectoryDoesNotExistException`
    pub const DIRECTORY_DOES_NOT_EXIST: &str = "Directory.DirectoryDoesNotExistException";
    /// `Directory.DirectoryInDesiredStateException`
    pub const DIRECTORY_IN_DESIRED_STATE: &str = "Directory.DirectoryInDesiredStateException";
    /// `Directory.DirectoryLimitExceededException`
    pub const DIRECTORY_LIMIT_EXCEEDED: &str = "Directory.DirectoryLimitExceededException";
    /// `Directory.DirectoryNotSharedException`
    pub const DIRECTORY_NOT_SHARED: &str = "Directory.DirectoryNotSharedException";
    /// `Directory.DirectoryUnavailableException`
    pub const DIRECTORY_UNAVAILABLE: &str = "Directory.DirectoryUnavailableException";
    /// `Directory.DisableAlreadyInProgressException`
    pub const DISABLE_ALREADY_IN_PROGRESS: &str = "Directory.DisableAlreadyInProgressException";
    /// `Directory.DomainControllerLimitExceededException`
    pub const DOMAIN_CONTROLLER_LIMIT_EXCEEDED: &str = "Directory.DomainControllerLimitExceededException";
    /// `Directory.EnableAlreadyInProgressException`
    pub const ENABLE_ALREADY_IN_PROGRESS: &str = "Directory.EnableAlreadyInProgressException";
    /// `Directory.EntityAlreadyExistsException`
    pub const ENTITY_ALREADY_EXISTS: &str = "Directory.EntityAlreadyExistsException";
    /// `Directory.EntityDoesNotExistException`
    pub const ENTITY_DOES_NOT_EXIST: &str = "Directory.EntityDoesNotExistException";
    /// `Directory.IncompatibleSettingsException`
    pub const INCOMPATIBLE_SETTINGS: &str = "Directory.IncompatibleSettingsException";
    /// `Directory.InsufficientPermissionsException`
    pub const INSUFFICIENT_PERMISSIONS: &str = "Directory.InsufficientPermissionsException";
    /// `Directory.InvalidCertificateException`
    pub const INVALID_CERTIFICATE: &str = "Directory.InvalidCertificateException";
    /// `Directory.InvalidClientAuthStatusException`
    pub const INVALID_CLIENT_AUTH_STATUS: &str = "Directory.InvalidClientAuthStatusException";
    /// `Directory.InvalidLDAPSStatusException`
    pub const INVALID_LDAPS_STATUS: &str = "Directory.InvalidLDAPSStatusException";
    /// `Directory.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "Directory.InvalidNextTokenException";
    /// `Directory.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "Directory.InvalidParameterException";
    /// `Directory.InvalidPasswordException`
    pub const INVALID_PASSWORD: &str = "Directory.InvalidPasswordException";
    /// `Directory.InvalidTargetException`
    pub const INVALID_TARGET: &str = "Directory.InvalidTargetException";
    /// `Directory.IpRouteLimitExceededException`
    pub const IP_ROUTE_LIMIT_EXCEEDED: &str = "Directory.IpRouteLimitExceededException";
    /// `Directory.NoAvailableCertificateException`
    pub const NO_AVAILABLE_CERTIFICATE: &str = "Directory.NoAvailableCertificateException";
    /// `Directory.OrganizationsException`
    pub const ORGANIZATIONS: &str = "Directory.OrganizationsException";
    /// `Directory.RegionLimitExceededException`
    pub const REGION_LIMIT_EXCEEDED: &str = "Directory.RegionLimitExceededException";
    /// `Directory.ServiceException`
    pub const SERVICE: &str = "Directory.ServiceException";
    /// `Directory.ShareLimitExceededException`
    pub const SHARE_LIMIT_EXCEEDED: &str = "Directory.ShareLimitExceededException";
    /// `Directory.SnapshotLimitExceededException`
    pub const SNAPSHOT_LIMIT_EXCEEDED: &str = "Directory.SnapshotLimitExceededException";
    /// `Directory.TagLimitExceededException`
    pub const TAG_LIMIT_EXCEEDED: &str = "Directory.TagLimitExceededException";
    /// `Directory.UnsupportedOperationException`
    pub const UNSUPPORTED_OPERATION: &str = "Directory.UnsupportedOperationException";
    /// `Directory.UnsupportedSettingsException`
    pub const UNSUPPORTED_SETTINGS: &str = "Directory.UnsupportedSettingsException";
    /// `Directory.UserDoesNotExistException`
    pub const USER_DOES_NOT_EXIST: &str = "Directory.UserDoesNotExistException";
}

/// `aws-sdk:directoryservicedata` errors.
pub mod directoryservicedata {
    /// `DirectoryServiceData.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "DirectoryServiceData.AccessDeniedException";
    /// `DirectoryServiceData.ConflictException`
    pub const CONFLICT: &str = "DirectoryServiceData.ConflictException";
    /// `DirectoryServiceData.DirectoryUnavailableException`
    pub const DIRECTORY_UNAVAILABLE: &str = "DirectoryServiceData.DirectoryUnavailableException";
    /// `DirectoryServiceData.InternalServerException`
    pub const INTERNAL_SERVER: &str = "DirectoryServiceData.InternalServerException";
    /// `DirectoryServiceData.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "DirectoryServiceData.ResourceNotFoundException";
    /// `DirectoryServiceData.ThrottlingException`
    pub const THROTTLING: &str = "DirectoryServiceData.ThrottlingException";
    /// `DirectoryServiceData.ValidationException`
    pub const VALIDATION: &str = "DirectoryServiceData.ValidationException";
}

/// `aws-sdk:dlm` errors.
pub mod dlm {
    /// `Dlm.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Dlm.InternalServerException";
    /// `Dlm.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "Dlm.InvalidRequestException";
    /// `Dlm.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Dlm.LimitExceededException";
    /// `Dlm.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Dlm.ResourceNotFoundException";
}

/// `aws-sdk:docdb` errors.
pub mod docdb {
    /// `DocDb.AuthorizationNotFoundFaultException`
    pub const AUTHORIZATION_NOT_FOUND_FAULT: &str = "DocDb.AuthorizationNotFoundFaultException";
    /// `DocDb.CertificateNotFoundFaultException`
    pub const CERTIFICATE_NOT_FOUND_FAULT: &str = "DocDb.CertificateNotFoundFaultException";
    /// `DocDb.DBClusterAlreadyExistsFaultException`
    pub const DB_CLUSTER_ALREADY_EXISTS_FAULT: &str = "DocDb.DBClusterAlreadyExistsFaultException";
    /// `DocDb.DBClusterNotFoundFaultException`
    pub const DB_CLUSTER_NOT_FOUND_FAULT: &str = "DocDb.DBClusterNotFoundFaultException";
    /// `DocDb.DBClusterParameterGroupNotFoundFaultException`
    pub const DB_CLUSTER_PARAMETER_GROUP_NOT_FOUND_FAULT: &str = "DocDb.DBClusterParameterGroupNotFoundFaultException";
    /// `DocDb.DBClusterQuotaExceededFaultException`
    pub const DB_CLUSTER_QUOTA_EXCEEDED_FAULT: &str = "DocDb.DBClusterQuotaExceededFaultException";
    /// `DocDb.DBClusterSnapshotAlreadyExistsFaultException`
    pub const DB_CLUSTER_SNAPSHOT_ALREADY_EXISTS_FAULT: &str = "DocDb.DBClusterSnapshotAlreadyExistsFaultException";
    /// `DocDb.DBClusterSnapshotNotFoundFaultException`
    pub const DB_CLUSTER_SNAPSHOT_NOT_FOUND_FAULT: &str = "DocDb.DBClusterSnapshotNotFoundFaultException";
    /// `DocDb.DBInstanceAlreadyExistsFaultException`
    pub const DB_INSTANCE_ALREADY_EXISTS_FAULT: &str = "DocDb.DBInstanceAlreadyExistsFaultException";
    /// `DocDb.DBInstanceNotFoundFaultException`
    pub const DB_INSTANCE_NOT_FOUND_FAULT: &str = "DocDb.DBInstanceNotFoundFaultException";
    /// `DocDb.DBParameterGroupAlreadyExistsFaultException`
    pub const DB_PARAMETER_GROUP_ALREADY_EXISTS_FAULT: &str = "DocDb.DBParameterGroupAlreadyExistsFaultException";
    /// `DocDb.DBParameterGroupNotFoundFaultException`
    pub const DB_PARAMETER_GROUP_NOT_FOUND_FAULT: &str = "DocDb.DBParameterGroupNotFoundFaultException";
    /// `DocDb.DBParameterGroupQuotaExceededFaultException`
    pub const DB_PARAMETER_GROUP_QUOTA_EXCEEDED_FAULT: &str = "DocDb.DBParameterGroupQuotaExceededFaultException";
    /// `DocDb.DBSecurityGroupNotFoundFaultException`
    pub const DB_SECURITY_GROUP_NOT_FOUND_FAULT: &str = "DocDb.DBSecurityGroupNotFoundFaultException";
    /// `DocDb.DBSnapshotAlreadyExistsFaultException`
    pub const DB_SNAPSHOT_ALREADY_EXISTS_FAULT: &str = "DocDb.DBSnapshotAlreadyExistsFaultException";
    /// `DocDb.DBSnapshotNotFoundFaultException`
    pub const DB_SNAPSHOT_NOT_FOUND_FAULT: &str = "DocDb.DBSnapshotNotFoundFaultException";
    /// `DocDb.DBSubnetGroupAlreadyExistsFaultException`
    pub const DB_SUBNET_GROUP_ALREADY_EXISTS_FAULT: &str = "DocDb.DBSubnetGroupAlreadyExistsFaultException";
    /// `DocDb.DBSubnetGroupDoesNotCoverEnoughAZsException`
    pub const DB_SUBNET_GROUP_DOES_NOT_COVER_ENOUGH_A_ZS: &str = "DocDb.DBSubnetGroupDoesNotCoverEnoughAZsException";
    /// `DocDb.DBSubnetGroupNotFoundFaultException`
    pub const DB_SUBNET_GROUP_NOT_FOUND_FAULT: &str = "DocDb.DBSubnetGroupNotFoundFaultException";
    /// `DocDb.DBSubnetGroupQuotaExceededFaultException`
    pub const DB_SUBNET_GROUP_QUOTA_EXCEEDED_FAULT: &str = "DocDb.DBSubnetGroupQuotaExceededFaultException";
    /// `DocDb.DBSubnetQuotaExceededFaultException`
    pub const DB_SUBNET_QUOTA_EXCEEDED_FAULT: &str = "DocDb.DBSubnetQuotaExceededFaultException";
    /// `DocDb.DBUpgradeDependencyFailureFaultException`
    pub const DB_UPGRADE_DEPENDENCY_FAILURE_FAULT: &str = "DocDb.DBUpgradeDependencyFailureFaultException";
    /// `DocDb.EventSubscriptionQuotaExceededFaultException`
    pub const EVENT_SUBSCRIPTION_QUOTA_EXCEEDED_FAULT: &str = "DocDb.EventSubscriptionQuotaExceededFaultException";
    /// `DocDb.GlobalClusterAlreadyExistsFaultException`
    pub const GLOBAL_CLUSTER_ALREADY_EXISTS_FAULT: &str = "DocDb.GlobalClusterAlreadyExistsFaultException";
    /// `DocDb.GlobalClusterNotFoundFaultException`
    pub const GLOBAL_CLUSTER_NOT_FOUND_FAULT: &str = "DocDb.GlobalClusterNotFoundFaultException";
    /// `DocDb.GlobalClusterQuotaExceededFaultException`
    pub const GLOBAL_CLUSTER_QUOTA_EXCEEDED_FAULT: &str = "DocDb.GlobalClusterQuotaExceededFaultException";
    /// `DocDb.InstanceQuotaExceededFaultException`
    pub const INSTANCE_QUOTA_EXCEEDED_FAULT: &str = "DocDb.InstanceQuotaExceededFaultException";
    /// `DocDb.InsufficientDBClusterCapacityFaultException`
    pub const INSUFFICIENT_DB_CLUSTER_CAPACITY_FAULT: &str = "DocDb.InsufficientDBClusterCapacityFaultException";
    /// `DocDb.InsufficientDBInstanceCapacityFaultException`
    pub const INSUFFICIENT_DB_INSTANCE_CAPACITY_FAULT: &str = "DocDb.InsufficientDBInstanceCapacityFaultException";
    /// `DocDb.InsufficientStorageClusterCapacityFaultException`
    pub const INSUFFICIENT_STORAGE_CLUSTER_CAPACITY_FAULT: &str = "DocDb.InsufficientStorageClusterCapacityFaultException";
    /// `DocDb.InvalidDBClusterSnapshotStateFaultException`
    pub const INVALID_DB_CLUSTER_SNAPSHOT_STATE_FAULT: &str = "DocDb.InvalidDBClusterSnapshotStateFaultException";
    /// `DocDb.InvalidDBClusterStateFaultException`
    pub const INVALID_DB_CLUSTER_STATE_FAULT: &str = "DocDb.InvalidDBClusterStateFaultException";
    /// `DocDb.InvalidDBInstanceStateFaultException`
    pub const INVALID_DB_INSTANCE_STATE_FAULT: &str = "DocDb.InvalidDBInstanceStateFaultException";
    /// `DocDb.InvalidDBParameterGroupStateFaultException`
    pub const INVALID_DB_PARAMETER_GROUP_STATE_FAULT: &str = "DocDb.InvalidDBParameterGroupStateFaultException";
    /// `DocDb.InvalidDBSecurityGroupStateFaultException`
    pub const INVALID_DB_SECURITY_GROUP_STATE_FAULT: &str = "DocDb.InvalidDBSecurityGroupStateFaultException";
    /// `DocDb.InvalidDBSnapshotStateFaultException`
    pub const INVALID_DB_SNAPSHOT_STATE_FAULT: &str = "DocDb.InvalidDBSnapshotStateFaultException";
    /// `DocDb.InvalidDBSubnetGroupStateFaultException`
    pub const INVALID_DB_SUBNET_GROUP_STATE_FAULT: &str = "DocDb.InvalidDBSubnetGroupStateFaultException";
    /// `DocDb.InvalidDBSubnetStateFaultException`
    pub const INVALID_DB_SUBNET_STATE_FAULT: &str = "DocDb.InvalidDBSubnetStateFaultException";
    /// `DocDb.InvalidEventSubscriptionStateFaultException`
    pub const INVALID_EVENT_SUBSCRIPTION_STATE_FAULT: &str = "DocDb.InvalidEventSubscriptionStateFaultException";
    /// `DocDb.InvalidGlobalClusterStateFaultException`
    pub const INVALID_GLOBAL_CLUSTER_STATE_FAULT: &str = "DocDb.InvalidGlobalClusterStateFaultException";
    /// `DocDb.InvalidRestoreFaultException`
    pub const INVALID_RESTORE_FAULT: &str = "DocDb.InvalidRestoreFaultException";
    /// `DocDb.InvalidSubnetException`
    pub const INVALID_SUBNET: &str = "DocDb.InvalidSubnetException";
    /// `DocDb.InvalidVPCNetworkStateFaultException`
    pub const INVALID_VPC_NETWORK_STATE_FAULT: &str = "DocDb.InvalidVPCNetworkStateFaultException";
    /// `DocDb.KMSKeyNotAccessibleFaultException`
    pub const KMS_KEY_NOT_ACCESSIBLE_FAULT: &str = "DocDb.KMSKeyNotAccessibleFaultException";
    /// `DocDb.NetworkTypeNotSupportedException`
    pub const NETWORK_TYPE_NOT_SUPPORTED: &str = "DocDb.NetworkTypeNotSupportedException";
    /// `DocDb.ResourceNotFoundFaultException`
    pub const RESOURCE_NOT_FOUND_FAULT: &str = "DocDb.ResourceNotFoundFaultException";
    /// `DocDb.SNSInvalidTopicFaultException`
    pub const SNS_INVALID_TOPIC_FAULT: &str = "DocDb.SNSInvalidTopicFaultException";
    /// `DocDb.SNSNoAuthorizationFaultException`
    pub const SNS_NO_AUTHORIZATION_FAULT: &str = "DocDb.SNSNoAuthorizationFaultException";
    /// `DocDb.SNSTopicArnNotFoundFaultException`
    pub const SNS_TOPIC_ARN_NOT_FOUND_FAULT: &str = "DocDb.SNSTopicArnNotFoundFaultException";
    /// `DocDb.SharedSnapshotQuotaExceededFaultException`
    pub const SHARED_SNAPSHOT_QUOTA_EXCEEDED_FAULT: &str = "DocDb.SharedSnapshotQuotaExceededFaultException";
    /// `DocDb.SnapshotQuotaExceededFaultException`
    pub const SNAPSHOT_QUOTA_EXCEEDED_FAULT: &str = "DocDb.SnapshotQuotaExceededFaultException";
    /// `DocDb.SourceNotFoundFaultException`
    pub const SOURCE_NOT_FOUND_FAULT: &str = "DocDb.SourceNotFoundFaultException";
    /// `DocDb.StorageQuotaExceededFaultException`
    pub const STORAGE_QUOTA_EXCEEDED_FAULT: &str = "DocDb.StorageQuotaExceededFaultException";
    /// `DocDb.StorageTypeNotSupportedFaultException`
    pub const STORAGE_TYPE_NOT_SUPPORTED_FAULT: &str = "DocDb.StorageTypeNotSupportedFaultException";
    /// `DocDb.SubnetAlreadyInUseException`
    pub const SUBNET_ALREADY_IN_USE: &str = "DocDb.SubnetAlreadyInUseException";
    /// `DocDb.SubscriptionAlreadyExistFaultException`
    pub const SUBSCRIPTION_ALREADY_EXIST_FAULT: &str = "DocDb.SubscriptionAlreadyExistFaultException";
    /// `DocDb.SubscriptionCategoryNotFoundFaultException`
    pub const SUBSCRIPTION_CATEGORY_NOT_FOUND_FAULT: &str = "DocDb.SubscriptionCategoryNotFoundFaultException";
    /// `DocDb.SubscriptionNotFoundFaultException`
    pub const SUBSCRIPTION_NOT_FOUND_FAULT: &str = "DocDb.SubscriptionNotFoundFaultException";
}

/// `aws-sdk:docdbelastic` errors.
pub mod docdbelastic {
    /// `DocDbElastic.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "DocDbElastic.AccessDeniedException";
    /// `DocDbElastic.ConflictException`
    pub const CONFLICT: &str = "DocDbElastic.ConflictException";
    /// `DocDbElastic.InternalServerException`
    pub const INTERNAL_SERVER: &str = "DocDbElastic.InternalServerException";
    /// `DocDbElastic.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "DocDbElastic.ResourceNotFoundException";
    /// `DocDbElastic.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "DocDbElastic.ServiceQuotaExceededException";
    /// `DocDbElastic.ThrottlingException`
    pub const THROTTLING: &str = "DocDbElastic.ThrottlingException";
    /// `DocDbElastic.ValidationException`
    pub const VALIDATION: &str = "DocDbElastic.ValidationException";
}

/// `aws-sdk:drs` errors.
pub mod drs {
    /// `Drs.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Drs.AccessDeniedException";
    /// `Drs.ConflictException`
    pub const CONFLICT: &str = "Drs.ConflictException";
    /// `Drs.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Drs.InternalServerException";
    /// `Drs.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Drs.ResourceNotFoundException";
    /// `Drs.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Drs.ServiceQuotaExceededException";
    /// `Drs.ThrottlingException`
    pub const THROTTLING: &str = "Drs.ThrottlingException";
    /// `Drs.UninitializedAccountException`
    pub const UNINITIALIZED_ACCOUNT: &str = "Drs.UninitializedAccountException";
    /// `Drs.ValidationException`
    pub const VALIDATION: &str = "Drs.ValidationException";
}

/// `aws-sdk:dsql` errors.
pub mod dsql {
    /// `Dsql.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Dsql.AccessDeniedException";
    /// `Dsql.ConflictException`
    pub const CONFLICT: &str = "Dsql.ConflictException";
    /// `Dsql.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Dsql.InternalServerException";
    /// `Dsql.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Dsql.ResourceNotFoundException";
    /// `Dsql.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Dsql.ServiceQuotaExceededException";
    /// `Dsql.ThrottlingException`
    pub const THROTTLING: &str = "Dsql.ThrottlingException";
    /// `Dsql.ValidationException`
    pub const VALIDATION: &str = "Dsql.ValidationException";
}

/// `aws-sdk:dynamodb` errors.
pub mod dynamodb {
    /// `DynamoDb.BackupInUseException`
    pub const BACKUP_IN_USE: &str = "DynamoDb.BackupInUseException";
    /// `DynamoDb.BackupNotFoundException`
    pub const BACKUP_NOT_FOUND: &str = "DynamoDb.BackupNotFoundException";
    /// `DynamoDb.ConditionalCheckFailedException`
    pub const CONDITIONAL_CHECK_FAILED: &str = "DynamoDb.ConditionalCheckFailedException";
    /// `DynamoDb.ContinuousBackupsUnavailableException`
    pub const CONTINUOUS_BACKUPS_UNAVAILABLE: &str = "DynamoDb.ContinuousBackupsUnavailableException";
    /// `DynamoDb.DuplicateItemException`
    pub const DUPLICATE_ITEM: &str = "DynamoDb.DuplicateItemException";
    /// `DynamoDb.ExportConflictException`
    pub const EXPORT_CONFLICT: &str = "DynamoDb.ExportConflictException";
    /// `DynamoDb.ExportNotFoundException`
    pub const EXPORT_NOT_FOUND: &str = "DynamoDb.ExportNotFoundException";
    /// `DynamoDb.GlobalTableAlreadyExistsException`
    pub const GLOBAL_TABLE_ALREADY_EXISTS: &str = "DynamoDb.GlobalTableAlreadyExistsException";
    /// `DynamoDb.GlobalTableNotFoundException`
    pub const GLOBAL_TABLE_NOT_FOUND: &str = "DynamoDb.GlobalTableNotFoundException";
    /// `DynamoDb.IdempotentParameterMismatchException`
    pub const IDEMPOTENT_PARAMETER_MISMATCH: &str = "DynamoDb.IdempotentParameterMismatchException";
    /// `DynamoDb.ImportConflictException`
    pub const IMPORT_CONFLICT: &str = "DynamoDb.ImportConflictException";
    /// `DynamoDb.ImportNotFoundException`
    pub const IMPORT_NOT_FOUND: &str = "DynamoDb.ImportNotFoundException";
    /// `DynamoDb.IndexNotFoundException`
    pub const INDEX_NOT_FOUND: &str = "DynamoDb.IndexNotFoundException";
    /// `DynamoDb.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "DynamoDb.InternalServerErrorException";
    /// `DynamoDb.InvalidExportTimeException`
    pub const INVALID_EXPORT_TIME: &str = "DynamoDb.InvalidExportTimeException";
    /// `DynamoDb.InvalidRestoreTimeException`
    pub const INVALID_RESTORE_TIME: &str = "DynamoDb.InvalidRestoreTimeException";
    /// `DynamoDb.ItemCollectionSizeLimitExceededException`
    pub const ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED: &str = "DynamoDb.ItemCollectionSizeLimitExceededException";
    /// `DynamoDb.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "DynamoDb.LimitExceededException";
    /// `DynamoDb.PointInTimeRecoveryUnavailableException`
    pub const POINT_IN_TIME_RECOVERY_UNAVAILABLE: &str = "DynamoDb.PointInTimeRecoveryUnavailableException";
    /// `DynamoDb.PolicyNotFoundException`
    pub const POLICY_NOT_FOUND: &str = "DynamoDb.PolicyNotFoundException";
    /// `DynamoDb.ProvisionedThroughputExceededException`
    pub const PROVISIONED_THROUGHPUT_EXCEEDED: &str = "DynamoDb.ProvisionedThroughputExceededException";
    /// `DynamoDb.ReplicaAlreadyExistsException`
    pub const REPLICA_ALREADY_EXISTS: &str = "DynamoDb.ReplicaAlreadyExistsException";
    /// `DynamoDb.ReplicaNotFoundException`
    pub const REPLICA_NOT_FOUND: &str = "DynamoDb.ReplicaNotFoundException";
    /// `DynamoDb.ReplicatedWriteConflictException`
    pub const REPLICATED_WRITE_CONFLICT: &str = "DynamoDb.ReplicatedWriteConflictException";
    /// `DynamoDb.RequestLimitExceededException`
    pub const REQUEST_LIMIT_EXCEEDED: &str = "DynamoDb.RequestLimitExceededException";
    /// `DynamoDb.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "DynamoDb.ResourceInUseException";
    /// `DynamoDb.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "DynamoDb.ResourceNotFoundException";
    /// `DynamoDb.TableAlreadyExistsException`
    pub const TABLE_ALREADY_EXISTS: &str = "DynamoDb.TableAlreadyExistsException";
    /// `DynamoDb.TableInUseException`
    pub const TABLE_IN_USE: &str = "DynamoDb.TableInUseException";
    /// `DynamoDb.TableNotFoundException`
    pub const TABLE_NOT_FOUND: &str = "DynamoDb.TableNotFoundException";
    /// `DynamoDb.ThrottlingException`
    pub const THROTTLING: &str = "DynamoDb.ThrottlingException";
    /// `DynamoDb.TransactionCanceledException`
    pub const TRANSACTION_CANCELED: &str = "DynamoDb.TransactionCanceledException";
    /// `DynamoDb.TransactionConflictException`
    pub const TRANSACTION_CONFLICT: &str = "DynamoDb.TransactionConflictException";
    /// `DynamoDb.TransactionInProgressException`
    pub const TRANSACTION_IN_PROGRESS: &str = "DynamoDb.TransactionInProgressException";
}

/// `aws-sdk:dynamodbstreams` errors.
pub mod dynamodbstreams {
    /// `DynamoDbStreams.ExpiredIteratorException`
    pub const EXPIRED_ITERATOR: &str = "DynamoDbStreams.ExpiredIteratorException";
    /// `DynamoDbStreams.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "DynamoDbStreams.InternalServerErrorException";
    /// `DynamoDbStreams.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "DynamoDbStreams.LimitExceededException";
    /// `DynamoDbStreams.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "DynamoDbStreams.ResourceNotFoundException";
    /// `DynamoDbStreams.TrimmedDataAccessException`
    pub const TRIMMED_DATA_ACCESS: &str = "DynamoDbStreams.TrimmedDataAccessException";
}

/// `aws-sdk:ebs` errors.
pub mod ebs {
    /// `Ebs.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Ebs.AccessDeniedException";
    /// `Ebs.ConcurrentLimitExceededException`
    pub const CONCURRENT_LIMIT_EXCEEDED: &str = "Ebs.ConcurrentLimitExceededException";
    /// `Ebs.ConflictException`
    pub const CONFLICT: &str = "Ebs.ConflictException";
    /// `Ebs.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Ebs.InternalServerException";
    /// `Ebs.RequestThrottledException`
    pub const REQUEST_THROTTLED: &str = "Ebs.RequestThrottledException";
    /// `Ebs.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Ebs.ResourceNotFoundException";
    /// `Ebs.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Ebs.ServiceQuotaExceededException";
    /// `Ebs.ValidationException`
    pub const VALIDATION: &str = "Ebs.ValidationException";
}

/// `aws-sdk:ec2instanceconnect` errors.
pub mod ec2instanceconnect {
    /// `Ec2InstanceConnect.AuthException`
    pub const AUTH: &str = "Ec2InstanceConnect.AuthException";
    /// `Ec2InstanceConnect.EC2InstanceNotFoundException`
    pub const EC2_INSTANCE_NOT_FOUND: &str = "Ec2InstanceConnect.EC2InstanceNotFoundException";
    /// `Ec2InstanceConnect.EC2InstanceStateInvalidException`
    pub const EC2_INSTANCE_STATE_INVALID: &str = "Ec2InstanceConnect.EC2InstanceStateInvalidException";
    /// `Ec2InstanceConnect.EC2InstanceTypeInvalidException`
    pub const EC2_INSTANCE_TYPE_INVALID: &str = "Ec2InstanceConnect.EC2InstanceTypeInvalidException";
    /// `Ec2InstanceConnect.EC2InstanceUnavailableException`
    pub const EC2_INSTANCE_UNAVAILABLE: &str = "Ec2InstanceConnect.EC2InstanceUnavailableException";
    /// `Ec2InstanceConnect.InvalidArgsException`
    pub const INVALID_ARGS: &str = "Ec2InstanceConnect.InvalidArgsException";
    /// `Ec2InstanceConnect.SerialConsoleAccessDisabledException`
    pub const SERIAL_CONSOLE_ACCESS_DISABLED: &str = "Ec2InstanceConnect.SerialConsoleAccessDisabledException";
    /// `Ec2InstanceConnect.SerialConsoleSessionLimitExceededException`
    pub const SERIAL_CONSOLE_SESSION_LIMIT_EXCEEDED: &str = "Ec2InstanceConnect.SerialConsoleSessionLimitExceededException";
    /// `Ec2InstanceConnect.SerialConsoleSessionUnavailableException`
    pub const SERIAL_CONSOLE_SESSION_UNAVAILABLE: &str = "Ec2InstanceConnect.SerialConsoleSessionUnavailableException";
    /// `Ec2InstanceConnect.SerialConsoleSessionUnsupportedException`
    pub const SERIAL_CONSOLE_SESSION_UNSUPPORTED: &str = "Ec2InstanceConnect.SerialConsoleSessionUnsupportedException";
    /// `Ec2InstanceConnect.ServiceException`
    pub const SERVICE: &str = "Ec2InstanceConnect.ServiceException";
    /// `Ec2InstanceConnect.ThrottlingException`
    pub const THROTTLING: &str = "Ec2InstanceConnect.ThrottlingException";
}

/// `aws-sdk:ecr` errors.
pub mod ecr {
    /// `Ecr.BlockedByOrganizationPolicyException`
    pub const BLOCKED_BY_ORGANIZATION_POLICY: &str = "Ecr.BlockedByOrganizationPolicyException";
    /// `Ecr.EmptyUploadException`
    pub const EMPTY_UPLOAD: &str = "Ecr.EmptyUploadException";
    /// `Ecr.ExclusionAlreadyExistsException`
    pub const EXCLUSION_ALREADY_EXISTS: &str = "Ecr.ExclusionAlreadyExistsException";
    /// `Ecr.ExclusionNotFoundException`
    pub const EXCLUSION_NOT_FOUND: &str = "Ecr.ExclusionNotFoundException";
    /// `Ecr.ImageAlreadyExistsException`
    pub const IMAGE_ALREADY_EXISTS: &str = "Ecr.ImageAlreadyExistsException";
    /// `Ecr.ImageArchivedException`
    pub const IMAGE_ARCHIVED: &str = "Ecr.ImageArchivedException";
    /// `Ecr.ImageDigestDoesNotMatchException`
    pub const IMAGE_DIGEST_DOES_NOT_MATCH: &str = "Ecr.ImageDigestDoesNotMatchException";
    /// `Ecr.ImageNotFoundException`
    pub const IMAGE_NOT_FOUND: &str = "Ecr.ImageNotFoundException";
    /// `Ecr.ImageStorageClassUpdateNotSupportedException`
    pub const IMAGE_STORAGE_CLASS_UPDATE_NOT_SUPPORTED: &str = "Ecr.ImageStorageClassUpdateNotSupportedException";
    /// `Ecr.ImageTagAlreadyExistsException`
    pub const IMAGE_TAG_ALREADY_EXISTS: &str = "Ecr.ImageTagAlreadyExistsException";
    /// `Ecr.InvalidLayerException`
    pub const INVALID_LAYER: &str = "Ecr.InvalidLayerException";
    /// `Ecr.InvalidLayerPartException`
    pub const INVALID_LAYER_PART: &str = "Ecr.InvalidLayerPartException";
    /// `Ecr.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "Ecr.InvalidParameterException";
    /// `Ecr.InvalidTagParameterException`
    pub const INVALID_TAG_PARAMETER: &str = "Ecr.InvalidTagParameterException";
    /// `Ecr.KmsException`
    pub const KMS: &str = "Ecr.KmsException";
    /// `Ecr.LayerAlreadyExistsException`
    pub const LAYER_ALREADY_EXISTS: &str = "Ecr.LayerAlreadyExistsException";
    /// `Ecr.LayerInaccessibleException`
    pub const LAYER_INACCESSIBLE: &str = "Ecr.LayerInaccessibleException";
    /// `Ecr.LayerPartTooSmallException`
    pub const LAYER_PART_TOO_SMALL: &str = "Ecr.LayerPartTooSmallException";
    /// `Ecr.LayersNotFoundException`
    pub const LAYERS_NOT_FOUND: &str = "Ecr.LayersNotFoundException";
    /// `Ecr.LifecyclePolicyNotFoundException`
    pub const LIFECYCLE_POLICY_NOT_FOUND: &str = "Ecr.LifecyclePolicyNotFoundException";
    /// `Ecr.LifecyclePolicyPreviewInProgressException`
    pub const LIFECYCLE_POLICY_PREVIEW_IN_PROGRESS: &str = "Ecr.LifecyclePolicyPreviewInProgressException";
    /// `Ecr.LifecyclePolicyPreviewNotFoundException`
    pub const LIFECYCLE_POLICY_PREVIEW_NOT_FOUND: &str = "Ecr.LifecyclePolicyPreviewNotFoundException";
    /// `Ecr.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Ecr.LimitExceededException";
    /// `Ecr.PullThroughCacheRuleAlreadyExistsException`
    pub const PULL_THROUGH_CACHE_RULE_ALREADY_EXISTS: &str = "Ecr.PullThroughCacheRuleAlreadyExistsException";
    /// `Ecr.PullThroughCacheRuleNotFoundException`
    pub const PULL_THROUGH_CACHE_RULE_NOT_FOUND: &str = "Ecr.PullThroughCacheRuleNotFoundException";
    /// `Ecr.ReferencedImagesNotFoundException`
    pub const REFERENCED_IMAGES_NOT_FOUND: &str = "Ecr.ReferencedImagesNotFoundException";
    /// `Ecr.RegistryPolicyNotFoundException`
    pub const REGISTRY_POLICY_NOT_FOUND: &str = "Ecr.RegistryPolicyNotFoundException";
    /// `Ecr.ReplicationBackfillInProgressException`
    pub const REPLICATION_BACKFILL_IN_PROGRESS: &str = "Ecr.ReplicationBackfillInProgressException";
    /// `Ecr.ReplicationBackfillInvalidStatusException`
    pub const REPLICATION_BACKFILL_INVALID_STATUS: &str = "Ecr.ReplicationBackfillInvalidStatusException";
    /// `Ecr.ReplicationBackfillNotFoundException`
    pub const REPLICATION_BACKFILL_NOT_FOUND: &str = "Ecr.ReplicationBackfillNotFoundException";
    /// `Ecr.RepositoryAlreadyExistsException`
    pub const REPOSITORY_ALREADY_EXISTS: &str = "Ecr.RepositoryAlreadyExistsException";
    /// `Ecr.RepositoryNotEmptyException`
    pub const REPOSITORY_NOT_EMPTY: &str = "Ecr.RepositoryNotEmptyException";
    /// `Ecr.RepositoryNotFoundException`
    pub const REPOSITORY_NOT_FOUND: &str = "Ecr.RepositoryNotFoundException";
    /// `Ecr.RepositoryPolicyNotFoundException`
    pub const REPOSITORY_POLICY_NOT_FOUND: &str = "Ecr.RepositoryPolicyNotFoundException";
    /// `Ecr.ScanNotFoundException`
    pub const SCAN_NOT_FOUND: &str = "Ecr.ScanNotFoundException";
    /// `Ecr.SecretNotFoundException`
    pub const SECRET_NOT_FOUND: &str = "Ecr.SecretNotFoundException";
    /// `Ecr.ServerException`
    pub const SERVER: &str = "Ecr.ServerException";
    /// `Ecr.SigningConfigurationNotFoundException`
    pub const SIGNING_CONFIGURATION_NOT_FOUND: &str = "Ecr.SigningConfigurationNotFoundException";
    /// `Ecr.TemplateAlreadyExistsException`
    pub const TEMPLATE_ALREADY_EXISTS: &str = "Ecr.TemplateAlreadyExistsException";
    /// `Ecr.TemplateNotFoundException`
    pub const TEMPLATE_NOT_FOUND: &str = "Ecr.TemplateNotFoundException";
    /// `Ecr.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "Ecr.TooManyTagsException";
    /// `Ecr.UnableToAccessSecretException`
    pub const UNABLE_TO_ACCESS_SECRET: &str = "Ecr.UnableToAccessSecretException";
    /// `Ecr.UnableToDecryptSecretValueException`
    pub const UNABLE_TO_DECRYPT_SECRET_VALUE: &str = "Ecr.UnableToDecryptSecretValueException";
    /// `Ecr.UnableToGetUpstreamImageException`
    pub const UNABLE_TO_GET_UPSTREAM_IMAGE: &str = "Ecr.UnableToGetUpstreamImageException";
    /// `Ecr.UnableToGetUpstreamLayerException`
    pub const UNABLE_TO_GET_UPSTREAM_LAYER: &str = "Ecr.UnableToGetUpstreamLayerException";
    /// `Ecr.UnableToListUpstreamImageReferrersException`
    pub const UNABLE_TO_LIST_UPSTREAM_IMAGE_REFERRERS: &str = "Ecr.UnableToListUpstreamImageReferrersException";
    /// `Ecr.UnsupportedImageTypeException`
    pub const UNSUPPORTED_IMAGE_TYPE: &str = "Ecr.UnsupportedImageTypeException";
    /// `Ecr.UnsupportedUpstreamRegistryException`
    pub const UNSUPPORTED_UPSTREAM_REGISTRY: &str = "Ecr.UnsupportedUpstreamRegistryException";
    /// `Ecr.UploadNotFoundException`
    pub const UPLOAD_NOT_FOUND: &str = "Ecr.UploadNotFoundException";
    /// `Ecr.ValidationException`
    pub const VALIDATION: &str = "Ecr.ValidationException";
}

/// `aws-sdk:ecrpublic` errors.
pub mod ecrpublic {
    /// `EcrPublic.EmptyUploadException`
    pub const EMPTY_UPLOAD: &str = "EcrPublic.EmptyUploadException";
    /// `EcrPublic.ImageAlreadyExistsException`
    pub const IMAGE_ALREADY_EXISTS: &str = "EcrPublic.ImageAlreadyExistsException";
    /// `EcrPublic.ImageDigestDoesNotMatchException`
    pub const IMAGE_DIGEST_DOES_NOT_MATCH: &str = "EcrPublic.ImageDigestDoesNotMatchException";
    /// `EcrPublic.ImageNotFoundException`
    pub const IMAGE_NOT_FOUND: &str = "EcrPublic.ImageNotFoundException";
    /// `EcrPublic.ImageTagAlreadyExistsException`
    pub const IMAGE_TAG_ALREADY_EXISTS: &str = "EcrPublic.ImageTagAlreadyExistsException";
    /// `EcrPublic.InvalidLayerException`
    pub const INVALID_LAYER: &str = "EcrPublic.InvalidLayerException";
    /// `EcrPublic.InvalidLayerPartException`
    pub const INVALID_LAYER_PART: &str = "EcrPublic.InvalidLayerPartException";
    /// `EcrPublic.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "EcrPublic.InvalidParameterException";
    /// `EcrPublic.InvalidTagParameterException`
    pub const INVALID_TAG_PARAMETER: &str = "EcrPublic.InvalidTagParameterException";
    /// `EcrPublic.LayerAlreadyExistsException`
    pub const LAYER_ALREADY_EXISTS: &str = "EcrPublic.LayerAlreadyExistsException";
    /// `EcrPublic.LayerPartTooSmallException`
    pub const LAYER_PART_TOO_SMALL: &str = "EcrPublic.LayerPartTooSmallException";
    /// `EcrPublic.LayersNotFoundException`
    pub const LAYERS_NOT_FOUND: &str = "EcrPublic.LayersNotFoundException";
    /// `EcrPublic.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "EcrPublic.LimitExceededException";
    /// `EcrPublic.ReferencedImagesNotFoundException`
    pub const REFERENCED_IMAGES_NOT_FOUND: &str = "EcrPublic.ReferencedImagesNotFoundException";
    /// `EcrPublic.RegistryNotFoundException`
    pub const REGISTRY_NOT_FOUND: &str = "EcrPublic.RegistryNotFoundException";
    /// `EcrPublic.RepositoryAlreadyExistsException`
    pub const REPOSITORY_ALREADY_EXISTS: &str = "EcrPublic.RepositoryAlreadyExistsException";
    /// `EcrPublic.RepositoryCatalogDataNotFoundException`
    pub const REPOSITORY_CATALOG_DATA_NOT_FOUND: &str = "EcrPublic.RepositoryCatalogDataNotFoundException";
    /// `EcrPublic.RepositoryNotEmptyException`
    pub const REPOSITORY_NOT_EMPTY: &str = "EcrPublic.RepositoryNotEmptyException";
    /// `EcrPublic.RepositoryNotFoundException`
    pub const REPOSITORY_NOT_FOUND: &str = "EcrPublic.RepositoryNotFoundException";
    /// `EcrPublic.RepositoryPolicyNotFoundException`
    pub const REPOSITORY_POLICY_NOT_FOUND: &str = "EcrPublic.RepositoryPolicyNotFoundException";
    /// `EcrPublic.ServerException`
    pub const SERVER: &str = "EcrPublic.ServerException";
    /// `EcrPublic.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "EcrPublic.TooManyTagsException";
    /// `EcrPublic.UnsupportedCommandException`
    pub const UNSUPPORTED_COMMAND: &str = "EcrPublic.UnsupportedCommandException";
    /// `EcrPublic.UploadNotFoundException`
    pub const UPLOAD_NOT_FOUND: &str = "EcrPublic.UploadNotFoundException";
}

/// `aws-sdk:ecs` errors.
pub mod ecs {
    /// `Ecs.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Ecs.AccessDeniedException";
    /// `Ecs.AttributeLimitExceededException`
    pub const ATTRIBUTE_LIMIT_EXCEEDED: &str = "Ecs.AttributeLimitExceededException";
    /// `Ecs.BlockedException`
    pub const BLOCKED: &str = "Ecs.BlockedException";
    /// `Ecs.ClientException`
    pub const CLIENT: &str = "Ecs.ClientException";
    /// `Ecs.ClusterContainsCapacityProviderException`
    pub const CLUSTER_CONTAINS_CAPACITY_PROVIDER: &str = "Ecs.ClusterContainsCapacityProviderException";
    /// `Ecs.ClusterContainsContainerInstancesException`
    pub const CLUSTER_CONTAINS_CONTAINER_INSTANCES: &str = "Ecs.ClusterContainsContainerInstancesException";
    /// `Ecs.ClusterContainsServicesException`
    pub const CLUSTER_CONTAINS_SERVICES: &str = "Ecs.ClusterContainsServicesException";
    /// `Ecs.ClusterContainsTasksException`
    pub const CLUSTER_CONTAINS_TASKS: &str = "Ecs.ClusterContainsTasksException";
    /// `Ecs.ClusterNotFoundException`
    pub const CLUSTER_NOT_FOUND: &str = "Ecs.ClusterNotFoundException";
    /// `Ecs.ConflictException`
    pub const CONFLICT: &str = "Ecs.ConflictException";
    /// `Ecs.DaemonNotActiveException`
    pub const DAEMON_NOT_ACTIVE: &str = "Ecs.DaemonNotActiveException";
    /// `Ecs.DaemonNotFoundException`
    pub const DAEMON_NOT_FOUND: &str = "Ecs.DaemonNotFoundException";
    /// `Ecs.GatewayNotFoundException`
    pub const GATEWAY_NOT_FOUND: &str = "Ecs.GatewayNotFoundException";
    /// `Ecs.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "Ecs.InvalidParameterException";
    /// `Ecs.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Ecs.LimitExceededException";
    /// `Ecs.MissingVersionException`
    pub const MISSING_VERSION: &str = "Ecs.MissingVersionException";
    /// `Ecs.NamespaceNotFoundException`
    pub const NAMESPACE_NOT_FOUND: &str = "Ecs.NamespaceNotFoundException";
    /// `Ecs.NoUpdateAvailableException`
    pub const NO_UPDATE_AVAILABLE: &str = "Ecs.NoUpdateAvailableException";
    /// `Ecs.PlatformTaskDefinitionIncompatibilityException`
    pub const PLATFORM_TASK_DEFINITION_INCOMPATIBILITY: &str = "Ecs.PlatformTaskDefinitionIncompatibilityException";
    /// `Ecs.PlatformUnknownException`
    pub const PLATFORM_UNKNOWN: &str = "Ecs.PlatformUnknownException";
    /// `Ecs.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "Ecs.ResourceInUseException";
    /// `Ecs.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Ecs.ResourceNotFoundException";
    /// `Ecs.ServerException`
    pub const SERVER: &str = "Ecs.ServerException";
    /// `Ecs.ServiceDeploymentNotFoundException`
    pub const SERVICE_DEPLOYMENT_NOT_FOUND: &str = "Ecs.ServiceDeploymentNotFoundException";
    /// `Ecs.ServiceNotActiveException`
    pub const SERVICE_NOT_ACTIVE: &str = "Ecs.ServiceNotActiveException";
    /// `Ecs.ServiceNotFoundException`
    pub const SERVICE_NOT_FOUND: &str = "Ecs.ServiceNotFoundException";
    /// `Ecs.TargetNotConnectedException`
    pub const TARGET_NOT_CONNECTED: &str = "Ecs.TargetNotConnectedException";
    /// `Ecs.TargetNotFoundException`
    pub const TARGET_NOT_FOUND: &str = "Ecs.TargetNotFoundException";
    /// `Ecs.TaskSetNotFoundException`
    pub const TASK_SET_NOT_FOUND: &str = "Ecs.TaskSetNotFoundException";
    /// `Ecs.UnsupportedFeatureException`
    pub const UNSUPPORTED_FEATURE: &str = "Ecs.UnsupportedFeatureException";
    /// `Ecs.UpdateInProgressException`
    pub const UPDATE_IN_PROGRESS: &str = "Ecs.UpdateInProgressException";
}

/// `aws-sdk:efs` errors.
pub mod efs {
    /// `Efs.AccessPointAlreadyExistsException`
    pub const ACCESS_POINT_ALREADY_EXISTS: &str = "Efs.AccessPointAlreadyExistsException";
    /// `Efs.AccessPointLimitExceededException`
    pub const ACCESS_POINT_LIMIT_EXCEEDED: &str = "Efs.AccessPointLimitExceededException";
    /// `Efs.AccessPointNotFoundException`
    pub const ACCESS_POINT_NOT_FOUND: &str = "Efs.AccessPointNotFoundException";
    /// `Efs.AvailabilityZonesMismatchException`
    pub const AVAILABILITY_ZONES_MISMATCH: &str = "Efs.AvailabilityZonesMismatchException";
    /// `Efs.BadRequestException`
    pub const BAD_REQUEST: &str = "Efs.BadRequestException";
    /// `Efs.ConflictException`
    pub const CONFLICT: &str = "Efs.ConflictException";
    /// `Efs.DependencyTimeoutException`
    pub const DEPENDENCY_TIMEOUT: &str = "Efs.DependencyTimeoutException";
    /// `Efs.FileSystemAlreadyExistsException`
    pub const FILE_SYSTEM_ALREADY_EXISTS: &str = "Efs.FileSystemAlreadyExistsException";
    /// `Efs.FileSystemInUseException`
    pub const FILE_SYSTEM_IN_USE: &str = "Efs.FileSystemInUseException";
    /// `Efs.FileSystemLimitExceededException`
    pub const FILE_SYSTEM_LIMIT_EXCEEDED: &str = "Efs.FileSystemLimitExceededException";
    /// `Efs.FileSystemNotFoundException`
    pub const FILE_SYSTEM_NOT_FOUND: &str = "Efs.FileSystemNotFoundException";
    /// `Efs.IncorrectFileSystemLifeCycleStateException`
    pub const INCORRECT_FILE_SYSTEM_LIFE_CYCLE_STATE: &str = "Efs.IncorrectFileSystemLifeCycleStateException";
    /// `Efs.IncorrectMountTargetStateException`
    pub const INCORRECT_MOUNT_TARGET_STATE: &str = "Efs.IncorrectMountTargetStateException";
    /// `Efs.InsufficientThroughputCapacityException`
    pub const INSUFFICIENT_THROUGHPUT_CAPACITY: &str = "Efs.InsufficientThroughputCapacityException";
    /// `Efs.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "Efs.InternalServerErrorException";
    /// `Efs.InvalidPolicyException`
    pub const INVALID_POLICY: &str = "Efs.InvalidPolicyException";
    /// `Efs.IpAddressInUseException`
    pub const IP_ADDRESS_IN_USE: &str = "Efs.IpAddressInUseException";
    /// `Efs.MountTargetConflictException`
    pub const MOUNT_TARGET_CONFLICT: &str = "Efs.MountTargetConflictException";
    /// `Efs.MountTargetNotFoundException`
    pub const MOUNT_TARGET_NOT_FOUND: &str = "Efs.MountTargetNotFoundException";
    /// `Efs.NetworkInterfaceLimitExceededException`
    pub const NETWORK_INTERFACE_LIMIT_EXCEEDED: &str = "Efs.NetworkInterfaceLimitExceededException";
    /// `Efs.NoFreeAddressesInSubnetException`
    pub const NO_FREE_ADDRESSES_IN_SUBNET: &str = "Efs.NoFreeAddressesInSubnetException";
    /// `Efs.PolicyNotFoundException`
    pub const POLICY_NOT_FOUND: &str = "Efs.PolicyNotFoundException";
    /// `Efs.ReplicationAlreadyExistsException`
    pub const REPLICATION_ALREADY_EXISTS: &str = "Efs.ReplicationAlreadyExistsException";
    /// `Efs.ReplicationNotFoundException`
    pub const REPLICATION_NOT_FOUND: &str = "Efs.ReplicationNotFoundException";
    /// `Efs.SecurityGroupLimitExceededException`
    pub const SECURITY_GROUP_LIMIT_EXCEEDED: &str = "Efs.SecurityGroupLimitExceededException";
    /// `Efs.SecurityGroupNotFoundException`
    pub const SECURITY_GROUP_NOT_FOUND: &str = "Efs.SecurityGroupNotFoundException";
    /// `Efs.SubnetNotFoundException`
    pub const SUBNET_NOT_FOUND: &str = "Efs.SubnetNotFoundException";
    /// `Efs.ThrottlingException`
    pub const THROTTLING: &str = "Efs.ThrottlingException";
    /// `Efs.ThroughputLimitExceededException`
    pub const THROUGHPUT_LIMIT_EXCEEDED: &str = "Efs.ThroughputLimitExceededException";
    /// `Efs.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "Efs.TooManyRequestsException";
    /// `Efs.UnsupportedAvailabilityZoneException`
    pub const UNSUPPORTED_AVAILABILITY_ZONE: &str = "Efs.UnsupportedAvailabilityZoneException";
    /// `Efs.ValidationException`
    pub const VALIDATION: &str = "Efs.ValidationException";
}

/// `aws-sdk:eks` errors.
pub mod eks {
    /// `Eks.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Eks.AccessDeniedException";
    /// `Eks.BadRequestException`
    pub const BAD_REQUEST: &str = "Eks.BadRequestException";
    /// `Eks.ClientException`
    pub const CLIENT: &str = "Eks.ClientException";
    /// `Eks.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "Eks.InvalidParameterException";
    /// `Eks.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "Eks.InvalidRequestException";
    /// `Eks.InvalidStateException`
    pub const INVALID_STATE: &str = "Eks.InvalidStateException";
    /// `Eks.NotFoundException`
    pub const NOT_FOUND: &str = "Eks.NotFoundException";
    /// `Eks.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "Eks.ResourceInUseException";
    /// `Eks.ResourceLimitExceededException`
    pub const RESOURCE_LIMIT_EXCEEDED: &str = "Eks.ResourceLimitExceededException";
    /// `Eks.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Eks.ResourceNotFoundException";
    /// `Eks.ResourcePropagationDelayException`
    pub const RESOURCE_PROPAGATION_DELAY: &str = "Eks.ResourcePropagationDelayException";
    /// `Eks.ServerException`
    pub const SERVER: &str = "Eks.ServerException";
    /// `Eks.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "Eks.ServiceUnavailableException";
    /// `Eks.ThrottlingException`
    pub const THROTTLING: &str = "Eks.ThrottlingException";
    /// `Eks.UnsupportedAvailabilityZoneException`
    pub const UNSUPPORTED_AVAILABILITY_ZONE: &str = "Eks.UnsupportedAvailabilityZoneException";
}

/// `aws-sdk:eksauth` errors.
pub mod eksauth {
    /// `EksAuth.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "EksAuth.AccessDeniedException";
    /// `EksAuth.ExpiredTokenException`
    pub const EXPIRED_TOKEN: &str = "EksAuth.ExpiredTokenException";
    /// `EksAuth.InternalServerException`
    pub const INTERNAL_SERVER: &str = "EksAuth.InternalServerException";
    /// `EksAuth.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "EksAuth.InvalidParameterException";
    /// `EksAuth.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "EksAuth.InvalidRequestException";
    /// `EksAuth.InvalidTokenException`
    pub const INVALID_TOKEN: &str = "EksAuth.InvalidTokenException";
    /// `EksAuth.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "EksAuth.ResourceNotFoundException";
    /// `EksAuth.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "EksAuth.ServiceUnavailableException";
    /// `EksAuth.ThrottlingException`
    pub const THROTTLING: &str = "EksAuth.ThrottlingException";
}

/// `aws-sdk:elasticache` errors.
pub mod elasticache {
    /// `ElastiCache.APICallRateForCustomerExceededFaultException`
    pub const API_CALL_RATE_FOR_CUSTOMER_EXCEEDED_FAULT: &str = "ElastiCache.APICallRateForCustomerExceededFaultException";
    /// `ElastiCache.AuthorizationAlreadyExistsFaultException`
    pub const AUTHORIZATION_ALREADY_EXISTS_FAULT: &str = "ElastiCache.AuthorizationAlreadyExistsFaultException";
    /// `ElastiCache.AuthorizationNotFoundFaultException`
    pub const AUTHORIZATION_NOT_FOUND_FAULT: &str = "ElastiCache.AuthorizationNotFoundFaultException";
    /// `ElastiCache.CacheClusterAlreadyExistsFaultException`
    pub const CACHE_CLUSTER_ALREADY_EXISTS_FAULT: &str = "ElastiCache.CacheClusterAlreadyExistsFaultException";
    /// `ElastiCache.CacheClusterNotFoundFaultException`
    pub const CACHE_CLUSTER_NOT_FOUND_FAULT: &str = "ElastiCache.CacheClusterNotFoundFaultException";
    /// `ElastiCache.CacheParameterGroupAlreadyExistsFaultException`
    pub const CACHE_PARAMETER_GROUP_ALREADY_EXISTS_FAULT: &str = "ElastiCache.CacheParameterGroupAlreadyExistsFaultException";
    /// `ElastiCache.CacheParameterGroupNotFoundFaultException`
    pub const CACHE_PARAMETER_GROUP_NOT_FOUND_FAULT: &str = "ElastiCache.CacheParameterGroupNotFoundFaultException";
    /// `ElastiCache.CacheParameterGroupQuotaExceededFaultException`
    pub const CACHE_PARAMETER_GROUP_QUOTA_EXCEEDED_FAULT: &str = "ElastiCache.CacheParameterGroupQuotaExceededFaultException";
    /// `ElastiCache.CacheSecurityGroupAlreadyExistsFaultException`
    pub const CACHE_SECURITY_GROUP_ALREADY_EXISTS_FAULT: &str = "ElastiCache.CacheSecurityGroupAlreadyExistsFaultException";
    /// `ElastiCache.CacheSecurityGroupNotFoundFaultException`
    pub const CACHE_SECURITY_GROUP_NOT_FOUND_FAULT: &str = "ElastiCache.CacheSecurityGroupNotFoundFaultException";
    /// `ElastiCache.CacheSecurityGroupQuotaExceededFaultException`
    pub const CACHE_SECURITY_GROUP_QUOTA_EXCEEDED_FAULT: &str = "ElastiCache.CacheSecurityGroupQuotaExceededFaultException";
    /// `ElastiCache.CacheSubnetGroupAlreadyExistsFaultException`
    pub const CACHE_SUBNET_GROUP_ALREADY_EXISTS_FAULT: &str = "ElastiCache.CacheSubnetGroupAlreadyExistsFaultException";
    /// `ElastiCache.CacheSubnetGroupInUseException`
    pub const CACHE_SUBNET_GROUP_IN_USE: &str = "ElastiCache.CacheSubnetGroupInUseException";
    /// `ElastiCache.CacheSubnetGroupNotFoundFaultException`
    pub const CACHE_SUBNET_GROUP_NOT_FOUND_FAULT: &str = "ElastiCache.CacheSubnetGroupNotFoundFaultException";
    /// `ElastiCache.CacheSubnetGroupQuotaExceededFaultException`
    pub const CACHE_SUBNET_GROUP_QUOTA_EXCEEDED_FAULT: &str = "ElastiCache.CacheSubnetGroupQuotaExceededFaultException";
    /// `ElastiCache.CacheSubnetQuotaExceededFaultException`
    pub const CACHE_SUBNET_QUOTA_EXCEEDED_FAULT: &str = "ElastiCache.CacheSubnetQuotaExceededFaultException";
    /// `ElastiCache.ClusterQuotaForCustomerExceededFaultException`
    pub const CLUSTER_QUOTA_FOR_CUSTOMER_EXCEEDED_FAULT: &str = "ElastiCache.ClusterQuotaForCustomerExceededFaultException";
    /// `ElastiCache.DefaultUserAssociatedToUserGroupFaultException`
    pub const DEFAULT_USER_ASSOCIATED_TO_USER_GROUP_FAULT: &str = "ElastiCache.DefaultUserAssociatedToUserGroupFaultException";
    /// `ElastiCache.DefaultUserRequiredException`
    pub const DEFAULT_USER_REQUIRED: &str = "ElastiCache.DefaultUserRequiredException";
    /// `ElastiCache.DuplicateUserNameFaultException`
    pub const DUPLICATE_USER_NAME_FAULT: &str = "ElastiCache.DuplicateUserNameFaultException";
    /// `ElastiCache.GlobalReplicationGroupAlreadyExistsFaultException`
    pub const GLOBAL_REPLICATION_GROUP_ALREADY_EXISTS_FAULT: &str = "ElastiCache.GlobalReplicationGroupAlreadyExistsFaultException";
    /// `ElastiCache.GlobalReplicationGroupNotFoundFaultException`
    pub const GLOBAL_REPLICATION_GROUP_NOT_FOUND_FAULT: &str = "ElastiCache.GlobalReplicationGroupNotFoundFaultException";
    /// `ElastiCache.InsufficientCacheClusterCapacityFaultException`
    pub const INSUFFICIENT_CACHE_CLUSTER_CAPACITY_FAULT: &str = "ElastiCache.InsufficientCacheClusterCapacityFaultException";
    /// `ElastiCache.InvalidARNFaultException`
    pub const INVALID_ARN_FAULT: &str = "ElastiCache.InvalidARNFaultException";
    /// `ElastiCache.InvalidCacheClusterStateFaultException`
    pub const INVALID_CACHE_CLUSTER_STATE_FAULT: &str = "ElastiCache.InvalidCacheClusterStateFaultException";
    /// `ElastiCache.InvalidCacheParameterGroupStateFaultException`
    pub const INVALID_CACHE_PARAMETER_GROUP_STATE_FAULT: &str = "ElastiCache.InvalidCacheParameterGroupStateFaultException";
    /// `ElastiCache.InvalidCacheSecurityGroupStateFaultException`
    pub const INVALID_CACHE_SECURITY_GROUP_STATE_FAULT: &str = "ElastiCache.InvalidCacheSecurityGroupStateFaultException";
    /// `ElastiCache.InvalidCredentialsException`
    pub const INVALID_CREDENTIALS: &str = "ElastiCache.InvalidCredentialsException";
    /// `ElastiCache.InvalidGlobalReplicationGroupStateFaultException`
    pub const INVALID_GLOBAL_REPLICATION_GROUP_STATE_FAULT: &str = "ElastiCache.InvalidGlobalReplicationGroupStateFaultException";
    /// `ElastiCache.InvalidKMSKeyFaultException`
    pub const INVALID_KMS_KEY_FAULT: &str = "ElastiCache.InvalidKMSKeyFaultException";
    /// `ElastiCache.InvalidParameterCombinationException`
    pub const INVALID_PARAMETER_COMBINATION: &str = "ElastiCache.InvalidParameterCombinationException";
    /// `ElastiCache.InvalidParameterValueException`
    pub const INVALID_PARAMETER_VALUE: &str = "ElastiCache.InvalidParameterValueException";
    /// `ElastiCache.InvalidReplicationGroupStateFaultException`
    pub const INVALID_REPLICATION_GROUP_STATE_FAULT: &str = "ElastiCache.InvalidReplicationGroupStateFaultException";
    /// `ElastiCache.InvalidServerlessCacheSnapshotStateFaultException`
    pub const INVALID_SERVERLESS_CACHE_SNAPSHOT_STATE_FAULT: &str = "ElastiCache.InvalidServerlessCacheSnapshotStateFaultException";
    /// `ElastiCache.InvalidServerlessCacheStateFaultException`
    pub const INVALID_SERVERLESS_CACHE_STATE_FAULT: &str = "ElastiCache.InvalidServerlessCacheStateFaultException";
    /// `ElastiCache.InvalidSnapshotStateFaultException`
    pub const INVALID_SNAPSHOT_STATE_FAULT: &str = "ElastiCache.InvalidSnapshotStateFaultException";
    /// `ElastiCache.InvalidSubnetException`
    pub const INVALID_SUBNET: &str = "ElastiCache.InvalidSubnetException";
    /// `ElastiCache.InvalidUserGroupStateFaultException`
    pub const INVALID_USER_GROUP_STATE_FAULT: &str = "ElastiCache.InvalidUserGroupStateFaultException";
    /// `ElastiCache.InvalidUserStateFaultException`
    pub const INVALID_USER_STATE_FAULT: &str = "ElastiCache.InvalidUserStateFaultException";
    /// `ElastiCache.InvalidVPCNetworkStateFaultException`
    pub const INVALID_VPC_NETWORK_STATE_FAULT: &str = "ElastiCache.InvalidVPCNetworkStateFaultException";
    /// `ElastiCache.MigrationHealthFaultException`
    pub const MIGRATION_HEALTH_FAULT: &str = "ElastiCache.MigrationHealthFaultException";
    /// `ElastiCache.NoOperationFaultException`
    pub const NO_OPERATION_FAULT: &str = "ElastiCache.NoOperationFaultException";
    /// `ElastiCache.NodeGroupNotFoundFaultException`
    pub const NODE_GROUP_NOT_FOUND_FAULT: &str = "ElastiCache.NodeGroupNotFoundFaultException";
    /// `ElastiCache.NodeGroupsPerReplicationGroupQuotaExceededFaultException`
    pub const NODE_GROUPS_PER_REPLICATION_GROUP_QUOTA_EXCEEDED_FAULT: &str = "ElastiCache.NodeGroupsPerReplicationGroupQuotaExceededFaultException";
    /// `ElastiCache.NodeQuotaForClusterExceededFaultException`
    pub const NODE_QUOTA_FOR_CLUSTER_EXCEEDED_FAULT: &str = "ElastiCache.NodeQuotaForClusterExceededFaultException";
    /// `ElastiCache.NodeQuotaForCustomerExceededFaultException`
    pub const NODE_QUOTA_FOR_CUSTOMER_EXCEEDED_FAULT: &str = "ElastiCache.NodeQuotaForCustomerExceededFaultException";
    /// `ElastiCache.ReplicationGroupAlreadyExistsFaultException`
    pub const REPLICATION_GROUP_ALREADY_EXISTS_FAULT: &str = "ElastiCache.ReplicationGroupAlreadyExistsFaultException";
    /// `ElastiCache.ReplicationGroupAlreadyUnderMigrationFaultException`
    pub const REPLICATION_GROUP_ALREADY_UNDER_MIGRATION_FAULT: &str = "ElastiCache.ReplicationGroupAlreadyUnderMigrationFaultException";
    /// `ElastiCache.ReplicationGroupNotFoundFaultException`
    pub const REPLICATION_GROUP_NOT_FOUND_FAULT: &str = "ElastiCache.ReplicationGroupNotFoundFaultException";
    /// `ElastiCache.ReplicationGroupNotUnderMigrationFaultException`
    pub const REPLICATION_GROUP_NOT_UNDER_MIGRATION_FAULT: &str = "ElastiCache.ReplicationGroupNotUnderMigrationFaultException";
    /// `ElastiCache.ReservedCacheNodeAlreadyExistsFaultException`
    pub const RESERVED_CACHE_NODE_ALREADY_EXISTS_FAULT: &str = "ElastiCache.ReservedCacheNodeAlreadyExistsFaultException";
    /// `ElastiCache.ReservedCacheNodeNotFoundFaultException`
    pub const RESERVED_CACHE_NODE_NOT_FOUND_FAULT: &str = "ElastiCache.ReservedCacheNodeNotFoundFaultException";
    /// `ElastiCache.ReservedCacheNodeQuotaExceededFaultException`
    pub const RESERVED_CACHE_NODE_QUOTA_EXCEEDED_FAULT: &str = "ElastiCache.ReservedCacheNodeQuotaExceededFaultException";
    /// `ElastiCache.ReservedCacheNodesOfferingNotFoundFaultException`
    pub const RESERVED_CACHE_NODES_OFFERING_NOT_FOUND_FAULT: &str = "ElastiCache.ReservedCacheNodesOfferingNotFoundFaultException";
    /// `ElastiCache.ServerlessCacheAlreadyExistsFaultException`
    pub const SERVERLESS_CACHE_ALREADY_EXISTS_FAULT: &str = "ElastiCache.ServerlessCacheAlreadyExistsFaultException";
    /// `ElastiCache.ServerlessCacheAlreadyUnderMigrationFaultException`
    pub const SERVERLESS_CACHE_ALREADY_UNDER_MIGRATION_FAULT: &str = "ElastiCache.ServerlessCacheAlreadyUnderMigrationFaultException";
    /// `ElastiCache.ServerlessCacheNotFoundFaultException`
    pub const SERVERLESS_CACHE_NOT_FOUND_FAULT: &str = "ElastiCache.ServerlessCacheNotFoundFaultException";
    /// `ElastiCache.ServerlessCacheNotUnderMigrationFaultException`
    pub const SERVERLESS_CACHE_NOT_UNDER_MIGRATION_FAULT: &str = "ElastiCache.ServerlessCacheNotUnderMigrationFaultException";
    /// `ElastiCache.ServerlessCacheQuotaForCustomerExceededFaultException`
    pub const SERVERLESS_CACHE_QUOTA_FOR_CUSTOMER_EXCEEDED_FAULT: &str = "ElastiCache.ServerlessCacheQuotaForCustomerExceededFaultException";
    /// `ElastiCache.ServerlessCacheSnapshotAlreadyExistsFaultException`
    pub const SERVERLESS_CACHE_SNAPSHOT_ALREADY_EXISTS_FAULT: &str = "ElastiCache.ServerlessCacheSnapshotAlreadyExistsFaultException";
    /// `ElastiCache.ServerlessCacheSnapshotNotFoundFaultException`
    pub const SERVERLESS_CACHE_SNAPSHOT_NOT_FOUND_FAULT: &str = "ElastiCache.ServerlessCacheSnapshotNotFoundFaultException";
    /// `ElastiCache.ServerlessCacheSnapshotQuotaExceededFaultException`
    pub const SERVERLESS_CACHE_SNAPSHOT_QUOTA_EXCEEDED_FAULT: &str = "ElastiCache.ServerlessCacheSnapshotQuotaExceededFaultException";
    /// `ElastiCache.ServiceLinkedRoleNotFoundFaultException`
    pub const SERVICE_LINKED_ROLE_NOT_FOUND_FAULT: &str = "ElastiCache.ServiceLinkedRoleNotFoundFaultException";
    /// `ElastiCache.ServiceUpdateNotFoundFaultException`
    pub const SERVICE_UPDATE_NOT_FOUND_FAULT: &str = "ElastiCache.ServiceUpdateNotFoundFaultException";
    /// `ElastiCache.SnapshotAlreadyExistsFaultException`
    pub const SNAPSHOT_ALREADY_EXISTS_FAULT: &str = "ElastiCache.SnapshotAlreadyExistsFaultException";
    /// `ElastiCache.SnapshotFeatureNotSupportedFaultException`
    pub const SNAPSHOT_FEATURE_NOT_SUPPORTED_FAULT: &str = "ElastiCache.SnapshotFeatureNotSupportedFaultException";
    /// `ElastiCache.SnapshotNotFoundFaultException`
    pub const SNAPSHOT_NOT_FOUND_FAULT: &str = "ElastiCache.SnapshotNotFoundFaultException";
    /// `ElastiCache.SnapshotQuotaExceededFaultException`
    pub const SNAPSHOT_QUOTA_EXCEEDED_FAULT: &str = "ElastiCache.SnapshotQuotaExceededFaultException";
    /// `ElastiCache.SubnetInUseException`
    pub const SUBNET_IN_USE: &str = "ElastiCache.SubnetInUseException";
    /// `ElastiCache.SubnetNotAllowedFaultException`
    pub const SUBNET_NOT_ALLOWED_FAULT: &str = "ElastiCache.SubnetNotAllowedFaultException";
    /// `ElastiCache.TagNotFoundFaultException`
    pub const TAG_NOT_FOUND_FAULT: &str = "ElastiCache.TagNotFoundFaultException";
    /// `ElastiCache.TagQuotaPerResourceExceededException`
    pub const TAG_QUOTA_PER_RESOURCE_EXCEEDED: &str = "ElastiCache.TagQuotaPerResourceExceededException";
    /// `ElastiCache.TestFailoverNotAvailableFaultException`
    pub const TEST_FAILOVER_NOT_AVAILABLE_FAULT: &str = "ElastiCache.TestFailoverNotAvailableFaultException";
    /// `ElastiCache.UserAlreadyExistsFaultException`
    pub const USER_ALREADY_EXISTS_FAULT: &str = "ElastiCache.UserAlreadyExistsFaultException";
    /// `ElastiCache.UserGroupAlreadyExistsFaultException`
    pub const USER_GROUP_ALREADY_EXISTS_FAULT: &str = "ElastiCache.UserGroupAlreadyExistsFaultException";
    /// `ElastiCache.UserGroupNotFoundFaultException`
    pub const USER_GROUP_NOT_FOUND_FAULT: &str = "ElastiCache.UserGroupNotFoundFaultException";
    /// `ElastiCache.UserGroupQuotaExceededFaultException`
    pub const USER_GROUP_QUOTA_EXCEEDED_FAULT: &str = "ElastiCache.UserGroupQuotaExceededFaultException";
    /// `ElastiCache.UserNotFoundFaultException`
    pub const USER_NOT_FOUND_FAULT: &str = "ElastiCache.UserNotFoundFaultException";
    /// `ElastiCache.UserQuotaExceededFaultException`
    pub const USER_QUOTA_EXCEEDED_FAULT: &str = "ElastiCache.UserQuotaExceededFaultException";
}

/// `aws-sdk:elasticbeanstalk` errors.
pub mod elasticbeanstalk {
    /// `ElasticBeanstalk.CodeBuildNotInServiceRegionException`
    pub const CODE_BUILD_NOT_IN_SERVICE_REGION: &str = "ElasticBeanstalk.CodeBuildNotInServiceRegionException";
    /// `ElasticBeanstalk.ElasticBeanstalkServiceException`
    pub const ELASTIC_BEANSTALK_SERVICE: &str = "ElasticBeanstalk.ElasticBeanstalkServiceException";
    /// `ElasticBeanstalk.InsufficientPrivilegesException`
    pub const INSUFFICIENT_PRIVILEGES: &str = "ElasticBeanstalk.InsufficientPrivilegesException";
    /// `ElasticBeanstalk.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "ElasticBeanstalk.InvalidRequestException";
    /// `ElasticBeanstalk.ManagedActionInvalidStateException`
    pub const MANAGED_ACTION_INVALID_STATE: &str = "ElasticBeanstalk.ManagedActionInvalidStateException";
    /// `ElasticBeanstalk.OperationInProgressException`
    pub const OPERATION_IN_PROGRESS: &str = "ElasticBeanstalk.OperationInProgressException";
    /// `ElasticBeanstalk.PlatformVersionStillReferencedException`
    pub const PLATFORM_VERSION_STILL_REFERENCED: &str = "ElasticBeanstalk.PlatformVersionStillReferencedException";
    /// `ElasticBeanstalk.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ElasticBeanstalk.ResourceNotFoundException";
    /// `ElasticBeanstalk.ResourceTypeNotSupportedException`
    pub const RESOURCE_TYPE_NOT_SUPPORTED: &str = "ElasticBeanstalk.ResourceTypeNotSupportedException";
    /// `ElasticBeanstalk.S3LocationNotInServiceRegionException`
    pub const S3_LOCATION_NOT_IN_SERVICE_REGION: &str = "ElasticBeanstalk.S3LocationNotInServiceRegionException";
    /// `ElasticBeanstalk.S3SubscriptionRequiredException`
    pub const S3_SUBSCRIPTION_REQUIRED: &str = "ElasticBeanstalk.S3SubscriptionRequiredException";
    /// `ElasticBeanstalk.SourceBundleDeletionException`
    pub const SOURCE_BUNDLE_DELETION: &str = "ElasticBeanstalk.SourceBundleDeletionException";
    /// `ElasticBeanstalk.TooManyApplicationVersionsException`
    pub const TOO_MANY_APPLICATION_VERSIONS: &str = "ElasticBeanstalk.TooManyApplicationVersionsException";
    /// `ElasticBeanstalk.TooManyApplicationsException`
    pub const TOO_MANY_APPLICATIONS: &str = "ElasticBeanstalk.TooManyApplicationsException";
    /// `ElasticBeanstalk.TooManyBucketsException`
    pub const TOO_MANY_BUCKETS: &str = "ElasticBeanstalk.TooManyBucketsException";
    /// `ElasticBeanstalk.TooManyConfigurationTemplatesException`
    pub const TOO_MANY_CONFIGURATION_TEMPLATES: &str = "ElasticBeanstalk.TooManyConfigurationTemplatesException";
    /// `ElasticBeanstalk.TooManyEnvironmentsException`
    pub const TOO_MANY_ENVIRONMENTS: &str = "ElasticBeanstalk.TooManyEnvironmentsException";
    /// `ElasticBeanstalk.TooManyPlatformsException`
    pub const TOO_MANY_PLATFORMS: &str = "ElasticBeanstalk.TooManyPlatformsException";
    /// `ElasticBeanstalk.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "ElasticBeanstalk.TooManyTagsException";
}

/// `aws-sdk:elasticloadbalancing` errors.
pub mod elasticloadbalancing {
    /// `ElasticLoadBalancing.AccessPointNotFoundException`
    pub const ACCESS_POINT_NOT_FOUND: &str = "ElasticLoadBalancing.AccessPointNotFoundException";
    /// `ElasticLoadBalancing.CertificateNotFoundException`
    pub const CERTIFICATE_NOT_FOUND: &str = "ElasticLoadBalancing.CertificateNotFoundException";
    /// `ElasticLoadBalancing.DependencyThrottleException`
    pub const DEPENDENCY_THROTTLE: &str = "ElasticLoadBalancing.DependencyThrottleException";
    /// `ElasticLoadBalancing.DuplicateAccessPointNameException`
    pub const DUPLICATE_ACCESS_POINT_NAME: &str = "ElasticLoadBalancing.DuplicateAccessPointNameException";
    /// `ElasticLoadBalancing.DuplicateListenerException`
    pub const DUPLICATE_LISTENER: &str = "ElasticLoadBalancing.DuplicateListenerException";
    /// `ElasticLoadBalancing.DuplicatePolicyNameException`
    pub const DUPLICATE_POLICY_NAME: &str = "ElasticLoadBalancing.DuplicatePolicyNameException";
    /// `ElasticLoadBalancing.DuplicateTagKeysException`
    pub const DUPLICATE_TAG_KEYS: &str = "ElasticLoadBalancing.DuplicateTagKeysException";
    /// `ElasticLoadBalancing.InvalidConfigurationRequestException`
    pub const INVALID_CONFIGURATION_REQUEST: &str = "ElasticLoadBalancing.InvalidConfigurationRequestException";
    /// `ElasticLoadBalancing.InvalidEndPointException`
    pub const INVALID_END_POINT: &str = "ElasticLoadBalancing.InvalidEndPointException";
    /// `ElasticLoadBalancing.InvalidSchemeException`
    pub const INVALID_SCHEME: &str = "ElasticLoadBalancing.InvalidSchemeException";
    /// `ElasticLoadBalancing.InvalidSecurityGroupException`
    pub const INVALID_SECURITY_GROUP: &str = "ElasticLoadBalancing.InvalidSecurityGroupException";
    /// `ElasticLoadBalancing.InvalidSubnetException`
    pub const INVALID_SUBNET: &str = "ElasticLoadBalancing.InvalidSubnetException";
    /// `ElasticLoadBalancing.ListenerNotFoundException`
    pub const LISTENER_NOT_FOUND: &str = "ElasticLoadBalancing.ListenerNotFoundException";
    /// `ElasticLoadBalancing.LoadBalancerAttributeNotFoundException`
    pub const LOAD_BALANCER_ATTRIBUTE_NOT_FOUND: &str = "ElasticLoadBalancing.LoadBalancerAttributeNotFoundException";
    /// `ElasticLoadBalancing.OperationNotPermittedException`
    pub const OPERATION_NOT_PERMITTED: &str = "ElasticLoadBalancing.OperationNotPermittedException";
    /// `ElasticLoadBalancing.PolicyNotFoundException`
    pub const POLICY_NOT_FOUND: &str = "ElasticLoadBalancing.PolicyNotFoundException";
    /// `ElasticLoadBalancing.PolicyTypeNotFoundException`
    pub const POLICY_TYPE_NOT_FOUND: &str = "ElasticLoadBalancing.PolicyTypeNotFoundException";
    /// `ElasticLoadBalancing.SubnetNotFoundException`
    pub const SUBNET_NOT_FOUND: &str = "ElasticLoadBalancing.SubnetNotFoundException";
    /// `ElasticLoadBalancing.TooManyAccessPointsException`
    pub const TOO_MANY_ACCESS_POINTS: &str = "ElasticLoadBalancing.TooManyAccessPointsException";
    /// `ElasticLoadBalancing.TooManyPoliciesException`
    pub const TOO_MANY_POLICIES: &str = "ElasticLoadBalancing.TooManyPoliciesException";
    /// `ElasticLoadBalancing.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "ElasticLoadBalancing.TooManyTagsException";
    /// `ElasticLoadBalancing.UnsupportedProtocolException`
    pub const UNSUPPORTED_PROTOCOL: &str = "ElasticLoadBalancing.UnsupportedProtocolException";
}

/// `aws-sdk:elasticloadbalancingv2` errors.
pub mod elasticloadbalancingv2 {
    /// `ElasticLoadBalancingV2.ALPNPolicyNotSupportedException`
    pub const ALPN_POLICY_NOT_SUPPORTED: &str = "ElasticLoadBalancingV2.ALPNPolicyNotSupportedException";
    /// `ElasticLoadBalancingV2.AllocationIdNotFoundException`
    pub const ALLOCATION_ID_NOT_FOUND: &str = "ElasticLoadBalancingV2.AllocationIdNotFoundException";
    /// `ElasticLoadBalancingV2.AvailabilityZoneNotSupportedException`
    pub const AVAILABILITY_ZONE_NOT_SUPPORTED: &str = "ElasticLoadBalancingV2.AvailabilityZoneNotSupportedException";
    /// `ElasticLoadBalancingV2.CaCertificatesBundleNotFoundException`
    pub const CA_CERTIFICATES_BUNDLE_NOT_FOUND: &str = "ElasticLoadBalancingV2.CaCertificatesBundleNotFoundException";
    /// `ElasticLoadBalancingV2.CapacityDecreaseRequestsLimitExceededException`
    pub const CAPACITY_DECREASE_REQUESTS_LIMIT_EXCEEDED: &str = "ElasticLoadBalancingV2.CapacityDecreaseRequestsLimitExceededException";
    /// `ElasticLoadBalancingV2.CapacityReservationPendingException`
    pub const CAPACITY_RESERVATION_PENDING: &str = "ElasticLoadBalancingV2.CapacityReservationPendingException";
    /// `ElasticLoadBalancingV2.CapacityUnitsLimitExceededException`
    pub const CAPACITY_UNITS_LIMIT_EXCEEDED: &str = "ElasticLoadBalancingV2.CapacityUnitsLimitExceededException";
    /// `ElasticLoadBalancingV2.CertificateNotFoundException`
    pub const CERTIFICATE_NOT_FOUND: &str = "ElasticLoadBalancingV2.CertificateNotFoundException";
    /// `ElasticLoadBalancingV2.DeleteAssociationSameAccountException`
    pub const DELETE_ASSOCIATION_SAME_ACCOUNT: &str = "ElasticLoadBalancingV2.DeleteAssociationSameAccountException";
    /// `ElasticLoadBalancingV2.DuplicateListenerException`
    pub const DUPLICATE_LISTENER: &str = "ElasticLoadBalancingV2.DuplicateListenerException";
    /// `ElasticLoadBalancingV2.DuplicateLoadBalancerNameException`
    pub const DUPLICATE_LOAD_BALANCER_NAME: &str = "ElasticLoadBalancingV2.DuplicateLoadBalancerNameException";
    /// `ElasticLoadBalancingV2.DuplicateTagKeysException`
    pub const DUPLICATE_TAG_KEYS: &str = "ElasticLoadBalancingV2.DuplicateTagKeysException";
    /// `ElasticLoadBalancingV2.DuplicateTargetGroupNameException`
    pub const DUPLICATE_TARGET_GROUP_NAME: &str = "ElasticLoadBalancingV2.DuplicateTargetGroupNameException";
    /// `ElasticLoadBalancingV2.DuplicateTrustStoreNameException`
    pub const DUPLICATE_TRUST_STORE_NAME: &str = "ElasticLoadBalancingV2.DuplicateTrustStoreNameException";
    /// `ElasticLoadBalancingV2.HealthUnavailableException`
    pub const HEALTH_UNAVAILABLE: &str = "ElasticLoadBalancingV2.HealthUnavailableException";
    /// `ElasticLoadBalancingV2.IncompatibleProtocolsException`
    pub const INCOMPATIBLE_PROTOCOLS: &str = "ElasticLoadBalancingV2.IncompatibleProtocolsException";
    /// `ElasticLoadBalancingV2.InsufficientCapacityException`
    pub const INSUFFICIENT_CAPACITY: &str = "ElasticLoadBalancingV2.InsufficientCapacityException";
    /// `ElasticLoadBalancingV2.InvalidCaCertificatesBundleException`
    pub const INVALID_CA_CERTIFICATES_BUNDLE: &str = "ElasticLoadBalancingV2.InvalidCaCertificatesBundleException";
    /// `ElasticLoadBalancingV2.InvalidConfigurationRequestException`
    pub const INVALID_CONFIGURATION_REQUEST: &str = "ElasticLoadBalancingV2.InvalidConfigurationRequestException";
    /// `ElasticLoadBalancingV2.InvalidLoadBalancerActionException`
    pub const INVALID_LOAD_BALANCER_ACTION: &str = "ElasticLoadBalancingV2.InvalidLoadBalancerActionException";
    /// `ElasticLoadBalancingV2.InvalidRevocationContentException`
    pub const INVALID_REVOCATION_CONTENT: &str = "ElasticLoadBalancingV2.InvalidRevocationContentException";
    /// `ElasticLoadBalancingV2.InvalidSchemeException`
    pub const INVALID_SCHEME: &str = "ElasticLoadBalancingV2.InvalidSchemeException";
    /// `ElasticLoadBalancingV2.InvalidSecurityGroupException`
    pub const INVALID_SECURITY_GROUP: &str = "ElasticLoadBalancingV2.InvalidSecurityGroupException";
    /// `ElasticLoadBalancingV2.InvalidSubnetException`
    pub const INVALID_SUBNET: &str = "ElasticLoadBalancingV2.InvalidSubnetException";
    /// `ElasticLoadBalancingV2.InvalidTargetException`
    pub const INVALID_TARGET: &str = "ElasticLoadBalancingV2.InvalidTargetException";
    /// `ElasticLoadBalancingV2.ListenerNotFoundException`
    pub const LISTENER_NOT_FOUND: &str = "ElasticLoadBalancingV2.ListenerNotFoundException";
    /// `ElasticLoadBalancingV2.LoadBalancerNotFoundException`
    pub const LOAD_BALANCER_NOT_FOUND: &str = "ElasticLoadBalancingV2.LoadBalancerNotFoundException";
    /// `ElasticLoadBalancingV2.OperationNotPermittedException`
    pub const OPERATION_NOT_PERMITTED: &str = "ElasticLoadBalancingV2.OperationNotPermittedException";
    /// `ElasticLoadBalancingV2.PriorRequestNotCompleteException`
    pub const PRIOR_REQUEST_NOT_COMPLETE: &str = "ElasticLoadBalancingV2.PriorRequestNotCompleteException";
    /// `ElasticLoadBalancingV2.PriorityInUseException`
    pub const PRIORITY_IN_USE: &str = "ElasticLoadBalancingV2.PriorityInUseException";
    /// `ElasticLoadBalancingV2.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "ElasticLoadBalancingV2.ResourceInUseException";
    /// `ElasticLoadBalancingV2.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ElasticLoadBalancingV2.ResourceNotFoundException";
    /// `ElasticLoadBalancingV2.RevocationContentNotFoundException`
    pub const REVOCATION_CONTENT_NOT_FOUND: &str = "ElasticLoadBalancingV2.RevocationContentNotFoundException";
    /// `ElasticLoadBalancingV2.RevocationIdNotFoundException`
    pub const REVOCATION_ID_NOT_FOUND: &str = "ElasticLoadBalancingV2.RevocationIdNotFoundException";
    /// `ElasticLoadBalancingV2.RuleNotFoundException`
    pub const RULE_NOT_FOUND: &str = "ElasticLoadBalancingV2.RuleNotFoundException";
    /// `ElasticLoadBalancingV2.SSLPolicyNotFoundException`
    pub const SSL_POLICY_NOT_FOUND: &str = "ElasticLoadBalancingV2.SSLPolicyNotFoundException";
    /// `ElasticLoadBalancingV2.SubnetNotFoundException`
    pub const SUBNET_NOT_FOUND: &str = "ElasticLoadBalancingV2.SubnetNotFoundException";
    /// `ElasticLoadBalancingV2.TargetGroupAssociationLimitException`
    pub const TARGET_GROUP_ASSOCIATION_LIMIT: &str = "ElasticLoadBalancingV2.TargetGroupAssociationLimitException";
    /// `ElasticLoadBalancingV2.TargetGroupNotFoundException`
    pub const TARGET_GROUP_NOT_FOUND: &str = "ElasticLoadBalancingV2.TargetGroupNotFoundException";
    /// `ElasticLoadBalancingV2.TooManyActionsException`
    pub const TOO_MANY_ACTIONS: &str = "ElasticLoadBalancingV2.TooManyActionsException";
    /// `ElasticLoadBalancingV2.TooManyCertificatesException`
    pub const TOO_MANY_CERTIFICATES: &str = "ElasticLoadBalancingV2.TooManyCertificatesException";
    /// `ElasticLoadBalancingV2.TooManyListenersException`
    pub const TOO_MANY_LISTENERS: &str = "ElasticLoadBalancingV2.TooManyListenersException";
    /// `ElasticLoadBalancingV2.TooManyLoadBalancersException`
    pub const TOO_MANY_LOAD_BALANCERS: &str = "ElasticLoadBalancingV2.TooManyLoadBalancersException";
    /// `ElasticLoadBalancingV2.TooManyRegistrationsForTargetIdException`
    pub const TOO_MANY_REGISTRATIONS_FOR_TARGET_ID: &str = "ElasticLoadBalancingV2.TooManyRegistrationsForTargetIdException";
    /// `ElasticLoadBalancingV2.TooManyRulesException`
    pub const TOO_MANY_RULES: &str = "ElasticLoadBalancingV2.TooManyRulesException";
    /// `ElasticLoadBalancingV2.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "ElasticLoadBalancingV2.TooManyTagsException";
    /// `ElasticLoadBalancingV2.TooManyTargetGroupsException`
    pub const TOO_MANY_TARGET_GROUPS: &str = "ElasticLoadBalancingV2.TooManyTargetGroupsException";
    /// `ElasticLoadBalancingV2.TooManyTargetsException`
    pub const TOO_MANY_TARGETS: &str = "ElasticLoadBalancingV2.TooManyTargetsException";
    /// `ElasticLoadBalancingV2.TooManyTrustStoreRevocationEntriesException`
    pub const TOO_MANY_TRUST_STORE_REVOCATION_ENTRIES: &str = "ElasticLoadBalancingV2.TooManyTrustStoreRevocationEntriesException";
    /// `ElasticLoadBalancingV2.TooManyTrustStoresException`
    pub const TOO_MANY_TRUST_STORES: &str = "ElasticLoadBalancingV2.TooManyTrustStoresException";
    /// `ElasticLoadBalancingV2.TooManyUniqueTargetGroupsPerLoadBalancerException`
    pub const TOO_MANY_UNIQUE_TARGET_GROUPS_PER_LOAD_BALANCER: &str = "ElasticLoadBalancingV2.TooManyUniqueTargetGroupsPerLoadBalancerException";
    /// `ElasticLoadBalancingV2.TrustStoreAssociationNotFoundException`
    pub const TRUST_STORE_ASSOCIATION_NOT_FOUND: &str = "ElasticLoadBalancingV2.TrustStoreAssociationNotFoundException";
    /// `ElasticLoadBalancingV2.TrustStoreInUseException`
    pub const TRUST_STORE_IN_USE: &str = "ElasticLoadBalancingV2.TrustStoreInUseException";
    /// `ElasticLoadBalancingV2.TrustStoreNotFoundException`
    pub const TRUST_STORE_NOT_FOUND: &str = "ElasticLoadBalancingV2.TrustStoreNotFoundException";
    /// `ElasticLoadBalancingV2.TrustStoreNotReadyException`
    pub const TRUST_STORE_NOT_READY: &str = "ElasticLoadBalancingV2.TrustStoreNotReadyException";
    /// `ElasticLoadBalancingV2.UnsupportedProtocolException`
    pub const UNSUPPORTED_PROTOCOL: &str = "ElasticLoadBalancingV2.UnsupportedProtocolException";
}

/// `aws-sdk:elasticsearch` errors.
pub mod elasticsearch {
    /// `Elasticsearch.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Elasticsearch.AccessDeniedException";
    /// `Elasticsearch.BaseException`
    pub const BASE: &str = "Elasticsearch.BaseException";
    /// `Elasticsearch.ConflictException`
    pub const CONFLICT: &str = "Elasticsearch.ConflictException";
    /// `Elasticsearch.DisabledOperationException`
    pub const DISABLED_OPERATION: &str = "Elasticsearch.DisabledOperationException";
    /// `Elasticsearch.InternalException`
    pub const INTERNAL: &str = "Elasticsearch.InternalException";
    /// `Elasticsearch.InvalidPaginationTokenException`
    pub const INVALID_PAGINATION_TOKEN: &str = "Elasticsearch.InvalidPaginationTokenException";
    /// `Elasticsearch.InvalidTypeException`
    pub const INVALID_TYPE: &str = "Elasticsearch.InvalidTypeException";
    /// `Elasticsearch.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Elasticsearch.LimitExceededException";
    /// `Elasticsearch.ResourceAlreadyExistsException`
    pub const RESOURCE_ALREADY_EXISTS: &str = "Elasticsearch.ResourceAlreadyExistsException";
    /// `Elasticsearch.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Elasticsearch.ResourceNotFoundException";
    /// `Elasticsearch.ValidationException`
    pub const VALIDATION: &str = "Elasticsearch.ValidationException";
}

/// `aws-sdk:elementalinference` errors.
pub mod elementalinference {
    /// `ElementalInference.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "ElementalInference.AccessDeniedException";
    /// `ElementalInference.ConflictException`
    pub const CONFLICT: &str = "ElementalInference.ConflictException";
    /// `ElementalInference.GatewayTimedOutException`
    pub const GATEWAY_TIMED_OUT: &str = "ElementalInference.GatewayTimedOutException";
    /// `ElementalInference.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "ElementalInference.InternalServerErrorException";
    /// `ElementalInference.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ElementalInference.ResourceNotFoundException";
    /// `ElementalInference.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "ElementalInference.ServiceQuotaExceededException";
    /// `ElementalInference.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "ElementalInference.ServiceUnavailableException";
    /// `ElementalInference.TooManyRequestException`
    pub const TOO_MANY_REQUEST: &str = "ElementalInference.TooManyRequestException";
    /// `ElementalInference.ValidationException`
    pub const VALIDATION: &str = "ElementalInference.ValidationException";
}

/// `aws-sdk:emr` errors.
pub mod emr {
    /// `Emr.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "Emr.InternalServerErrorException";
    /// `Emr.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Emr.InternalServerException";
    /// `Emr.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "Emr.InvalidRequestException";
}

/// `aws-sdk:emrcontainers` errors.
pub mod emrcontainers {
    /// `EmrContainers.EKSRequestThrottledException`
    pub const EKS_REQUEST_THROTTLED: &str = "EmrContainers.EKSRequestThrottledException";
    /// `EmrContainers.InternalServerException`
    pub const INTERNAL_SERVER: &str = "EmrContainers.InternalServerException";
    /// `EmrContainers.RequestThrottledException`
    pub const REQUEST_THROTTLED: &str = "EmrContainers.RequestThrottledException";
    /// `EmrContainers.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "EmrContainers.ResourceNotFoundException";
    /// `EmrContainers.ValidationException`
    pub const VALIDATION: &str = "EmrContainers.ValidationException";
}

/// `aws-sdk:emrserverless` errors.
pub mod emrserverless {
    /// `EmrServerless.ConflictException`
    pub const CONFLICT: &str = "EmrServerless.ConflictException";
    /// `EmrServerless.InternalServerException`
    pub const INTERNAL_SERVER: &str = "EmrServerless.InternalServerException";
    /// `EmrServerless.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "EmrServerless.ResourceNotFoundException";
    /// `EmrServerless.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "EmrServerless.ServiceQuotaExceededException";
    /// `EmrServerless.ValidationException`
    pub const VALIDATION: &str = "EmrServerless.ValidationException";
}

/// `aws-sdk:endusermessaging` errors.
pub mod endusermessaging {
    /// `EndUserMessaging.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "EndUserMessaging.AccessDeniedException";
    /// `EndUserMessaging.ConflictException`
    pub const CONFLICT: &str = "EndUserMessaging.ConflictException";
    /// `EndUserMessaging.InternalServerException`
    pub const INTERNAL_SERVER: &str = "EndUserMessaging.InternalServerException";
    /// `EndUserMessaging.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "EndUserMessaging.ResourceNotFoundException";
    /// `EndUserMessaging.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "EndUserMessaging.ServiceQuotaExceededException";
    /// `EndUserMessaging.ThrottlingException`
    pub const THROTTLING: &str = "EndUserMessaging.ThrottlingException";
    /// `EndUserMessaging.ValidationException`
    pub const VALIDATION: &str = "EndUserMessaging.ValidationException";
}

/// `aws-sdk:entityresolution` errors.
pub mod entityresolution {
    /// `EntityResolution.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "EntityResolution.AccessDeniedException";
    /// `EntityResolution.ConflictException`
    pub const CONFLICT: &str = "EntityResolution.ConflictException";
    /// `EntityResolution.ExceedsLimitException`
    pub const EXCEEDS_LIMIT: &str = "EntityResolution.ExceedsLimitException";
    /// `EntityResolution.InternalServerException`
    pub const INTERNAL_SERVER: &str = "EntityResolution.InternalServerException";
    /// `EntityResolution.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "EntityResolution.ResourceNotFoundException";
    /// `EntityResolution.ThrottlingException`
    pub const THROTTLING: &str = "EntityResolution.ThrottlingException";
    /// `EntityResolution.ValidationException`
    pub const VALIDATION: &str = "EntityResolution.ValidationException";
}

/// `aws-sdk:eventbridge` errors.
pub mod eventbridge {
    /// `EventBridge.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "EventBridge.AccessDeniedException";
    /// `EventBridge.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "EventBridge.ConcurrentModificationException";
    /// `EventBridge.IllegalStatusException`
    pub const ILLEGAL_STATUS: &str = "EventBridge.IllegalStatusException";
    /// `EventBridge.InternalException`
    pub const INTERNAL: &str = "EventBridge.InternalException";
    /// `EventBridge.InvalidEventPatternException`
    pub const INVALID_EVENT_PATTERN: &str = "EventBridge.InvalidEventPatternException";
    /// `EventBridge.InvalidStateException`
    pub const INVALID_STATE: &str = "EventBridge.InvalidStateException";
    /// `EventBridge.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "EventBridge.LimitExceededException";
    /// `EventBridge.ManagedRuleException`
    pub const MANAGED_RULE: &str = "EventBridge.ManagedRuleException";
    /// `EventBridge.OperationDisabledException`
    pub const OPERATION_DISABLED: &str = "EventBridge.OperationDisabledException";
    /// `EventBridge.PolicyLengthExceededException`
    pub const POLICY_LENGTH_EXCEEDED: &str = "EventBridge.PolicyLengthExceededException";
    /// `EventBridge.ResourceAlreadyExistsException`
    pub const RESOURCE_ALREADY_EXISTS: &str = "EventBridge.ResourceAlreadyExistsException";
    /// `EventBridge.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "EventBridge.ResourceNotFoundException";
    /// `EventBridge.ThrottlingException`
    pub const THROTTLING: &str = "EventBridge.ThrottlingException";
}

/// `aws-sdk:eventbridgev2` errors.
pub mod eventbridgev2 {
    /// `EventBridgeV2.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "EventBridgeV2.AccessDeniedException";
    /// `EventBridgeV2.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "EventBridgeV2.ConcurrentModificationException";
    /// `EventBridgeV2.ConflictException`
    pub const CONFLICT: &str = "EventBridgeV2.ConflictException";
    /// `EventBridgeV2.IdempotentParameterMismatchException`
    pub const IDEMPOTENT_PARAMETER_MISMATCH: &str = "EventBridgeV2.IdempotentParameterMismatchException";
    /// `EventBridgeV2.InternalException`
    pub const INTERNAL: &str = "EventBridgeV2.InternalException";
    /// `EventBridgeV2.InvalidInputException`
    pub const INVALID_INPUT: &str = "EventBridgeV2.InvalidInputException";
    /// `EventBridgeV2.InvalidStateException`
    pub const INVALID_STATE: &str = "EventBridgeV2.InvalidStateException";
    /// `EventBridgeV2.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "EventBridgeV2.LimitExceededException";
    /// `EventBridgeV2.PolicyLengthExceededException`
    pub const POLICY_LENGTH_EXCEEDED: &str = "EventBridgeV2.PolicyLengthExceededException";
    /// `EventBridgeV2.PublicPolicyException`
    pub const PUBLIC_POLICY: &str = "EventBridgeV2.PublicPolicyException";
    /// `EventBridgeV2.ResourceAlreadyExistsException`
    pub const RESOURCE_ALREADY_EXISTS: &str = "EventBridgeV2.ResourceAlreadyExistsException";
    /// `EventBridgeV2.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "EventBridgeV2.ResourceInUseException";
    /// `EventBridgeV2.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "EventBridgeV2.ResourceNotFoundException";
    /// `EventBridgeV2.SchemaRegistryUnavailableException`
    pub const SCHEMA_REGISTRY_UNAVAILABLE: &str = "EventBridgeV2.SchemaRegistryUnavailableException";
    /// `EventBridgeV2.ThrottlingException`
    pub const THROTTLING: &str = "EventBridgeV2.ThrottlingException";
}

/// `aws-sdk:evs` errors.
pub mod evs {
    /// `Evs.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Evs.InternalServerException";
    /// `Evs.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Evs.ResourceNotFoundException";
    /// `Evs.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Evs.ServiceQuotaExceededException";
    /// `Evs.TagPolicyException`
    pub const TAG_POLICY: &str = "Evs.TagPolicyException";
    /// `Evs.ThrottlingException`
    pub const THROTTLING: &str = "Evs.ThrottlingException";
    /// `Evs.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "Evs.TooManyTagsException";
    /// `Evs.ValidationException`
    pub const VALIDATION: &str = "Evs.ValidationException";
}

/// `aws-sdk:firehose` errors.
pub mod firehose {
    /// `Firehose.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "Firehose.ConcurrentModificationException";
    /// `Firehose.InvalidArgumentException`
    pub const INVALID_ARGUMENT: &str = "Firehose.InvalidArgumentException";
    /// `Firehose.InvalidKMSResourceException`
    pub const INVALID_KMS_RESOURCE: &str = "Firehose.InvalidKMSResourceException";
    /// `Firehose.InvalidSourceException`
    pub const INVALID_SOURCE: &str = "Firehose.InvalidSourceException";
    /// `Firehose.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Firehose.LimitExceededException";
    /// `Firehose.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "Firehose.ResourceInUseException";
    /// `Firehose.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Firehose.ResourceNotFoundException";
    /// `Firehose.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "Firehose.ServiceUnavailableException";
}

/// `aws-sdk:fis` errors.
pub mod fis {
    /// `Fis.ConflictException`
    pub const CONFLICT: &str = "Fis.ConflictException";
    /// `Fis.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Fis.ResourceNotFoundException";
    /// `Fis.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Fis.ServiceQuotaExceededException";
    /// `Fis.ValidationException`
    pub const VALIDATION: &str = "Fis.ValidationException";
}

/// `aws-sdk:fms` errors.
pub mod fms {
    /// `Fms.InternalErrorException`
    pub const INTERNAL_ERROR: &str = "Fms.InternalErrorException";
    /// `Fms.InvalidInputException`
    pub const INVALID_INPUT: &str = "Fms.InvalidInputException";
    /// `Fms.InvalidOperationException`
    pub const INVALID_OPERATION: &str = "Fms.InvalidOperationException";
    /// `Fms.InvalidTypeException`
    pub const INVALID_TYPE: &str = "Fms.InvalidTypeException";
    /// `Fms.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Fms.LimitExceededException";
    /// `Fms.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Fms.ResourceNotFoundException";
}

/// `aws-sdk:forecast` errors.
pub mod forecast {
    /// `Forecast.InvalidInputException`
    pub const INVALID_INPUT: &str = "Forecast.InvalidInputException";
    /// `Forecast.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "Forecast.InvalidNextTokenException";
    /// `Forecast.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Forecast.LimitExceededException";
    /// `Forecast.ResourceAlreadyExistsException`
    pub const RESOURCE_ALREADY_EXISTS: &str = "Forecast.ResourceAlreadyExistsException";
    /// `Forecast.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "Forecast.ResourceInUseException";
    /// `Forecast.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Forecast.ResourceNotFoundException";
}

/// `aws-sdk:forecastquery` errors.
pub mod forecastquery {
    /// `Forecastquery.InvalidInputException`
    pub const INVALID_INPUT: &str = "Forecastquery.InvalidInputException";
    /// `Forecastquery.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "Forecastquery.InvalidNextTokenException";
    /// `Forecastquery.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Forecastquery.LimitExceededException";
    /// `Forecastquery.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "Forecastquery.ResourceInUseException";
    /// `Forecastquery.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Forecastquery.ResourceNotFoundException";
}

/// `aws-sdk:frauddetector` errors.
pub mod frauddetector {
    /// `FraudDetector.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "FraudDetector.AccessDeniedException";
    /// `FraudDetector.ConflictException`
    pub const CONFLICT: &str = "FraudDetector.ConflictException";
    /// `FraudDetector.InternalServerException`
    pub const INTERNAL_SERVER: &str = "FraudDetector.InternalServerException";
    /// `FraudDetector.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "FraudDetector.ResourceNotFoundException";
    /// `FraudDetector.ResourceUnavailableException`
    pub const RESOURCE_UNAVAILABLE: &str = "FraudDetector.ResourceUnavailableException";
    /// `FraudDetector.ThrottlingException`
    pub const THROTTLING: &str = "FraudDetector.ThrottlingException";
    /// `FraudDetector.ValidationException`
    pub const VALIDATION: &str = "FraudDetector.ValidationException";
}

/// `aws-sdk:freetier` errors.
pub mod freetier {
    /// `FreeTier.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "FreeTier.AccessDeniedException";
    /// `FreeTier.InternalServerException`
    pub const INTERNAL_SERVER: &str = "FreeTier.InternalServerException";
    /// `FreeTier.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "FreeTier.ResourceNotFoundException";
    /// `FreeTier.ThrottlingException`
    pub const THROTTLING: &str = "FreeTier.ThrottlingException";
    /// `FreeTier.ValidationException`
    pub const VALIDATION: &str = "FreeTier.ValidationException";
}

/// `aws-sdk:fsx` errors.
pub mod fsx {
    /// `FSx.AccessPointAlreadyOwnedByYouException`
    pub const ACCESS_POINT_ALREADY_OWNED_BY_YOU: &str = "FSx.AccessPointAlreadyOwnedByYouException";
    /// `FSx.ActiveDirectoryErrorException`
    pub const ACTIVE_DIRECTORY_ERROR: &str = "FSx.ActiveDirectoryErrorException";
    /// `FSx.BackupBeingCopiedException`
    pub const BACKUP_BEING_COPIED: &str = "FSx.BackupBeingCopiedException";
    /// `FSx.BackupInProgressException`
    pub const BACKUP_IN_PROGRESS: &str = "FSx.BackupInProgressException";
    /// `FSx.BackupNotFoundException`
    pub const BACKUP_NOT_FOUND: &str = "FSx.BackupNotFoundException";
    /// `FSx.BackupRestoringException`
    pub const BACKUP_RESTORING: &str = "FSx.BackupRestoringException";
    /// `FSx.BadRequestException`
    pub const BAD_REQUEST: &str = "FSx.BadRequestException";
    /// `FSx.DataRepositoryAssociationNotFoundException`
    pub const DATA_REPOSITORY_ASSOCIATION_NOT_FOUND: &str = "FSx.DataRepositoryAssociationNotFoundException";
    /// `FSx.DataRepositoryTaskEndedException`
    pub const DATA_REPOSITORY_TASK_ENDED: &str = "FSx.DataRepositoryTaskEndedException";
    /// `FSx.DataRepositoryTaskExecutingException`
    pub const DATA_REPOSITORY_TASK_EXECUTING: &str = "FSx.DataRepositoryTaskExecutingException";
    /// `FSx.DataRepositoryTaskNotFoundException`
    pub const DATA_REPOSITORY_TASK_NOT_FOUND: &str = "FSx.DataRepositoryTaskNotFoundException";
    /// `FSx.FileCacheNotFoundException`
    pub const FILE_CACHE_NOT_FOUND: &str = "FSx.FileCacheNotFoundException";
    /// `FSx.FileSystemNotFoundException`
    pub const FILE_SYSTEM_NOT_FOUND: &str = "FSx.FileSystemNotFoundException";
    /// `FSx.IncompatibleParameterErrorException`
    pub const INCOMPATIBLE_PARAMETER_ERROR: &str = "FSx.IncompatibleParameterErrorException";
    /// `FSx.IncompatibleRegionForMultiAZException`
    pub const INCOMPATIBLE_REGION_FOR_MULTI_AZ: &str = "FSx.IncompatibleRegionForMultiAZException";
    /// `FSx.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "FSx.InternalServerErrorException";
    /// `FSx.InvalidAccessPointException`
    pub const INVALID_ACCESS_POINT: &str = "FSx.InvalidAccessPointException";
    /// `FSx.InvalidDataRepositoryTypeException`
    pub const INVALID_DATA_REPOSITORY_TYPE: &str = "FSx.InvalidDataRepositoryTypeException";
    /// `FSx.InvalidDestinationKmsKeyException`
    pub const INVALID_DESTINATION_KMS_KEY: &str = "FSx.InvalidDestinationKmsKeyException";
    /// `FSx.InvalidExportPathException`
    pub const INVALID_EXPORT_PATH: &str = "FSx.InvalidExportPathException";
    /// `FSx.InvalidImportPathException`
    pub const INVALID_IMPORT_PATH: &str = "FSx.InvalidImportPathException";
    /// `FSx.InvalidNetworkSettingsException`
    pub const INVALID_NETWORK_SETTINGS: &str = "FSx.InvalidNetworkSettingsException";
    /// `FSx.InvalidPerUnitStorageThroughputException`
    pub const INVALID_PER_UNIT_STORAGE_THROUGHPUT: &str = "FSx.InvalidPerUnitStorageThroughputException";
    /// `FSx.InvalidRegionException`
    pub const INVALID_REGION: &str = "FSx.InvalidRegionException";
    /// `FSx.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "FSx.InvalidRequestException";
    /// `FSx.InvalidSourceKmsKeyException`
    pub const INVALID_SOURCE_KMS_KEY: &str = "FSx.InvalidSourceKmsKeyException";
    /// `FSx.MissingFileCacheConfigurationException`
    pub const MISSING_FILE_CACHE_CONFIGURATION: &str = "FSx.MissingFileCacheConfigurationException";
    /// `FSx.MissingFileSystemConfigurationException`
    pub const MISSING_FILE_SYSTEM_CONFIGURATION: &str = "FSx.MissingFileSystemConfigurationException";
    /// `FSx.MissingVolumeConfigurationException`
    pub const MISSING_VOLUME_CONFIGURATION: &str = "FSx.MissingVolumeConfigurationException";
    /// `FSx.NotServiceResourceErrorException`
    pub const NOT_SERVICE_RESOURCE_ERROR: &str = "FSx.NotServiceResourceErrorException";
    /// `FSx.ResourceDoesNotSupportTaggingException`
    pub const RESOURCE_DOES_NOT_SUPPORT_TAGGING: &str = "FSx.ResourceDoesNotSupportTaggingException";
    /// `FSx.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "FSx.ResourceNotFoundException";
    /// `FSx.S3AccessPointAttachmentNotFoundException`
    pub const S3_ACCESS_POINT_ATTACHMENT_NOT_FOUND: &str = "FSx.S3AccessPointAttachmentNotFoundException";
    /// `FSx.ServiceLimitExceededException`
    pub const SERVICE_LIMIT_EXCEEDED: &str = "FSx.ServiceLimitExceededException";
    /// `FSx.SnapshotNotFoundException`
    pub const SNAPSHOT_NOT_FOUND: &str = "FSx.SnapshotNotFoundException";
    /// `FSx.SourceBackupUnavailableException`
    pub const SOURCE_BACKUP_UNAVAILABLE: &str = "FSx.SourceBackupUnavailableException";
    /// `FSx.StorageVirtualMachineNotFoundException`
    pub const STORAGE_VIRTUAL_MACHINE_NOT_FOUND: &str = "FSx.StorageVirtualMachineNotFoundException";
    /// `FSx.TooManyAccessPointsException`
    pub const TOO_MANY_ACCESS_POINTS: &str = "FSx.TooManyAccessPointsException";
    /// `FSx.UnsupportedOperationException`
    pub const UNSUPPORTED_OPERATION: &str = "FSx.UnsupportedOperationException";
    /// `FSx.VolumeNotFoundException`
    pub const VOLUME_NOT_FOUND: &str = "FSx.VolumeNotFoundException";
}

/// `aws-sdk:gamelift` errors.
pub mod gamelift {
    /// `GameLift.ConflictException`
    pub const CONFLICT: &str = "GameLift.ConflictException";
    /// `GameLift.FleetCapacityExceededException`
    pub const FLEET_CAPACITY_EXCEEDED: &str = "GameLift.FleetCapacityExceededException";
    /// `GameLift.GameSessionFullException`
    pub const GAME_SESSION_FULL: &str = "GameLift.GameSessionFullException";
    /// `GameLift.IdempotentParameterMismatchException`
    pub const IDEMPOTENT_PARAMETER_MISMATCH: &str = "GameLift.IdempotentParameterMismatchException";
    /// `GameLift.InternalServiceException`
    pub const INTERNAL_SERVICE: &str = "GameLift.InternalServiceException";
    /// `GameLift.InvalidFleetStatusException`
    pub const INVALID_FLEET_STATUS: &str = "GameLift.InvalidFleetStatusException";
    /// `GameLift.InvalidGameSessionStatusException`
    pub const INVALID_GAME_SESSION_STATUS: &str = "GameLift.InvalidGameSessionStatusException";
    /// `GameLift.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "GameLift.InvalidRequestException";
    /// `GameLift.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "GameLift.LimitExceededException";
    /// `GameLift.NotFoundException`
    pub const NOT_FOUND: &str = "GameLift.NotFoundException";
    /// `GameLift.NotReadyException`
    pub const NOT_READY: &str = "GameLift.NotReadyException";
    /// `GameLift.OutOfCapacityException`
    pub const OUT_OF_CAPACITY: &str = "GameLift.OutOfCapacityException";
    /// `GameLift.TaggingFailedException`
    pub const TAGGING_FAILED: &str = "GameLift.TaggingFailedException";
    /// `GameLift.TerminalRoutingStrategyException`
    pub const TERMINAL_ROUTING_STRATEGY: &str = "GameLift.TerminalRoutingStrategyException";
    /// `GameLift.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "GameLift.UnauthorizedException";
    /// `GameLift.UnsupportedRegionException`
    pub const UNSUPPORTED_REGION: &str = "GameLift.UnsupportedRegionException";
}

/// `aws-sdk:gameliftstreams` errors.
pub mod gameliftstreams {
    /// `GameLiftStreams.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "GameLiftStreams.AccessDeniedException";
    /// `GameLiftStreams.ConflictException`
    pub const CONFLICT: &str = "GameLiftStreams.ConflictException";
    /// `GameLiftStreams.InternalServerException`
    pub const INTERNAL_SERVER: &str = "GameLiftStreams.InternalServerException";
    /// `GameLiftStreams.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "GameLiftStreams.ResourceNotFoundException";
    /// `GameLiftStreams.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "GameLiftStreams.ServiceQuotaExceededException";
    /// `GameLiftStreams.StreamSessionAccessNotReadyException`
    pub const STREAM_SESSION_ACCESS_NOT_READY: &str = "GameLiftStreams.StreamSessionAccessNotReadyException";
    /// `GameLiftStreams.ThrottlingException`
    pub const THROTTLING: &str = "GameLiftStreams.ThrottlingException";
    /// `GameLiftStreams.ValidationException`
    pub const VALIDATION: &str = "GameLiftStreams.ValidationException";
}

/// `aws-sdk:geomaps` errors.
pub mod geomaps {
    /// `GeoMaps.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "GeoMaps.AccessDeniedException";
    /// `GeoMaps.InternalServerException`
    pub const INTERNAL_SERVER: &str = "GeoMaps.InternalServerException";
    /// `GeoMaps.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "GeoMaps.ResourceNotFoundException";
    /// `GeoMaps.ThrottlingException`
    pub const THROTTLING: &str = "GeoMaps.ThrottlingException";
    /// `GeoMaps.ValidationException`
    pub const VALIDATION: &str = "GeoMaps.ValidationException";
}

/// `aws-sdk:geoplaces` errors.
pub mod geoplaces {
    /// `GeoPlaces.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "GeoPlaces.AccessDeniedException";
    /// `GeoPlaces.InternalServerException`
    pub const INTERNAL_SERVER: &str = "GeoPlaces.InternalServerException";
    /// `GeoPlaces.ThrottlingException`
    pub const THROTTLING: &str = "GeoPlaces.ThrottlingException";
    /// `GeoPlaces.ValidationException`
    pub const VALIDATION: &str = "GeoPlaces.ValidationException";
}

/// `aws-sdk:georoutes` errors.
pub mod georoutes {
    /// `GeoRoutes.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "GeoRoutes.AccessDeniedException";
    /// `GeoRoutes.InternalServerException`
    pub const INTERNAL_SERVER: &str = "GeoRoutes.InternalServerException";
    /// `GeoRoutes.ThrottlingException`
    pub const THROTTLING: &str = "GeoRoutes.ThrottlingException";
    /// `GeoRoutes.ValidationException`
    pub const VALIDATION: &str = "GeoRoutes.ValidationException";
}

/// `aws-sdk:glacier` errors.
pub mod glacier {
    /// `Glacier.InsufficientCapacityException`
    pub const INSUFFICIENT_CAPACITY: &str = "Glacier.InsufficientCapacityException";
    /// `Glacier.InvalidParameterValueException`
    pub const INVALID_PARAMETER_VALUE: &str = "Glacier.InvalidParameterValueException";
    /// `Glacier.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Glacier.LimitExceededException";
    /// `Glacier.MissingParameterValueException`
    pub const MISSING_PARAMETER_VALUE: &str = "Glacier.MissingParameterValueException";
    /// `Glacier.NoLongerSupportedException`
    pub const NO_LONGER_SUPPORTED: &str = "Glacier.NoLongerSupportedException";
    /// `Glacier.PolicyEnforcedException`
    pub const POLICY_ENFORCED: &str = "Glacier.PolicyEnforcedException";
    /// `Glacier.RequestTimeoutException`
    pub const REQUEST_TIMEOUT: &str = "Glacier.RequestTimeoutException";
    /// `Glacier.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Glacier.ResourceNotFoundException";
    /// `Glacier.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "Glacier.ServiceUnavailableException";
}

/// `aws-sdk:globalaccelerator` errors.
pub mod globalaccelerator {
    /// `GlobalAccelerator.AcceleratorNotDisabledException`
    pub const ACCELERATOR_NOT_DISABLED: &str = "GlobalAccelerator.AcceleratorNotDisabledException";
    /// `GlobalAccelerator.AcceleratorNotFoundException`
    pub const ACCELERATOR_NOT_FOUND: &str = "GlobalAccelerator.AcceleratorNotFoundException";
    /// `GlobalAccelerator.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "GlobalAccelerator.AccessDeniedException";
    /// `GlobalAccelerator.AssociatedEndpointGroupFoundException`
    pub const ASSOCIATED_ENDPOINT_GROUP_FOUND: &str = "GlobalAccelerator.AssociatedEndpointGroupFoundException";
    /// `GlobalAccelerator.AssociatedListenerFoundException`
    pub const ASSOCIATED_LISTENER_FOUND: &str = "GlobalAccelerator.AssociatedListenerFoundException";
    /// `GlobalAccelerator.AttachmentNotFoundException`
    pub const ATTACHMENT_NOT_FOUND: &str = "GlobalAccelerator.AttachmentNotFoundException";
    /// `GlobalAccelerator.ByoipCidrNotFoundException`
    pub const BYOIP_CIDR_NOT_FOUND: &str = "GlobalAccelerator.ByoipCidrNotFoundException";
    /// `GlobalAccelerator.ConflictException`
    pub const CONFLICT: &str = "GlobalAccelerator.ConflictException";
    /// `GlobalAccelerator.EndpointAlreadyExistsException`
    pub const ENDPOINT_ALREADY_EXISTS: &str = "GlobalAccelerator.EndpointAlreadyExistsException";
    /// `GlobalAccelerator.EndpointGroupAlreadyExistsException`
    pub const ENDPOINT_GROUP_ALREADY_EXISTS: &str = "GlobalAccelerator.EndpointGroupAlreadyExistsException";
    /// `GlobalAccelerator.EndpointGroupNotFoundException`
    pub const ENDPOINT_GROUP_NOT_FOUND: &str = "GlobalAccelerator.EndpointGroupNotFoundException";
    /// `GlobalAccelerator.EndpointNotFoundException`
    pub const ENDPOINT_NOT_FOUND: &str = "GlobalAccelerator.EndpointNotFoundException";
    /// `GlobalAccelerator.IncorrectCidrStateException`
    pub const INCORRECT_CIDR_STATE: &str = "GlobalAccelerator.IncorrectCidrStateException";
    /// `GlobalAccelerator.InternalServiceErrorException`
    pub const INTERNAL_SERVICE_ERROR: &str = "GlobalAccelerator.InternalServiceErrorException";
    /// `GlobalAccelerator.InvalidArgumentException`
    pub const INVALID_ARGUMENT: &str = "GlobalAccelerator.InvalidArgumentException";
    /// `GlobalAccelerator.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "GlobalAccelerator.InvalidNextTokenException";
    /// `GlobalAccelerator.InvalidPortRangeException`
    pub const INVALID_PORT_RANGE: &str = "GlobalAccelerator.InvalidPortRangeException";
    /// `GlobalAccelerator.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "GlobalAccelerator.LimitExceededException";
    /// `GlobalAccelerator.ListenerNotFoundException`
    pub const LISTENER_NOT_FOUND: &str = "GlobalAccelerator.ListenerNotFoundException";
    /// `GlobalAccelerator.TransactionInProgressException`
    pub const TRANSACTION_IN_PROGRESS: &str = "GlobalAccelerator.TransactionInProgressException";
}

/// `aws-sdk:glue` errors.
pub mod glue {
    /// `Glue.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Glue.AccessDeniedException";
    /// `Glue.AlreadyExistsException`
    pub const ALREADY_EXISTS: &str = "Glue.AlreadyExistsException";
    /// `Glue.ColumnStatisticsTaskNotRunningException`
    pub const COLUMN_STATISTICS_TASK_NOT_RUNNING: &str = "Glue.ColumnStatisticsTaskNotRunningException";
    /// `Glue.ColumnStatisticsTaskRunningException`
    pub const COLUMN_STATISTICS_TASK_RUNNING: &str = "Glue.ColumnStatisticsTaskRunningException";
    /// `Glue.ColumnStatisticsTaskStoppingException`
    pub const COLUMN_STATISTICS_TASK_STOPPING: &str = "Glue.ColumnStatisticsTaskStoppingException";
    /// `Glue.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "Glue.ConcurrentModificationException";
    /// `Glue.ConcurrentRunsExceededException`
    pub const CONCURRENT_RUNS_EXCEEDED: &str = "Glue.ConcurrentRunsExceededException";
    /// `Glue.ConditionCheckFailureException`
    pub const CONDITION_CHECK_FAILURE: &str = "Glue.ConditionCheckFailureException";
    /// `Glue.ConflictException`
    pub const CONFLICT: &str = "Glue.ConflictException";
    /// `Glue.CrawlerNotRunningException`
    pub const CRAWLER_NOT_RUNNING: &str = "Glue.CrawlerNotRunningException";
    /// `Glue.CrawlerRunningException`
    pub const CRAWLER_RUNNING: &str = "Glue.CrawlerRunningException";
    /// `Glue.CrawlerStoppingException`
    pub const CRAWLER_STOPPING: &str = "Glue.CrawlerStoppingException";
    /// `Glue.EntityNotFoundException`
    pub const ENTITY_NOT_FOUND: &str = "Glue.EntityNotFoundException";
    /// `Glue.FederatedResourceAlreadyExistsException`
    pub const FEDERATED_RESOURCE_ALREADY_EXISTS: &str = "Glue.FederatedResourceAlreadyExistsException";
    /// `Glue.FederationSourceException`
    pub const FEDERATION_SOURCE: &str = "Glue.FederationSourceException";
    /// `Glue.FederationSourceRetryableException`
    pub const FEDERATION_SOURCE_RETRYABLE: &str = "Glue.FederationSourceRetryableException";
    /// `Glue.GlueEncryptionException`
    pub const GLUE_ENCRYPTION: &str = "Glue.GlueEncryptionException";
    /// `Glue.IdempotentParameterMismatchException`
    pub const IDEMPOTENT_PARAMETER_MISMATCH: &str = "Glue.IdempotentParameterMismatchException";
    /// `Glue.IllegalBlueprintStateException`
    pub const ILLEGAL_BLUEPRINT_STATE: &str = "Glue.IllegalBlueprintStateException";
    /// `Glue.IllegalSessionStateException`
    pub const ILLEGAL_SESSION_STATE: &str = "Glue.IllegalSessionStateException";
    /// `Glue.IllegalWorkflowStateException`
    pub const ILLEGAL_WORKFLOW_STATE: &str = "Glue.IllegalWorkflowStateException";
    /// `Glue.IntegrationConflictOperationFaultException`
    pub const INTEGRATION_CONFLICT_OPERATION_FAULT: &str = "Glue.IntegrationConflictOperationFaultException";
    /// `Glue.IntegrationNotFoundFaultException`
    pub const INTEGRATION_NOT_FOUND_FAULT: &str = "Glue.IntegrationNotFoundFaultException";
    /// `Glue.IntegrationQuotaExceededFaultException`
    pub const INTEGRATION_QUOTA_EXCEEDED_FAULT: &str = "Glue.IntegrationQuotaExceededFaultException";
    /// `Glue.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Glue.InternalServerException";
    /// `Glue.InternalServiceException`
    pub const INTERNAL_SERVICE: &str = "Glue.InternalServiceException";
    /// `Glue.InvalidInputException`
    pub const INVALID_INPUT: &str = "Glue.InvalidInputException";
    /// `Glue.InvalidIntegrationStateFaultException`
    pub const INVALID_INTEGRATION_STATE_FAULT: &str = "Glue.InvalidIntegrationStateFaultException";
    /// `Glue.InvalidStateException`
    pub const INVALID_STATE: &str = "Glue.InvalidStateException";
    /// `Glue.KMSKeyNotAccessibleFaultException`
    pub const KMS_KEY_NOT_ACCESSIBLE_FAULT: &str = "Glue.KMSKeyNotAccessibleFaultException";
    /// `Glue.MLTransformNotReadyException`
    pub const ML_TRANSFORM_NOT_READY: &str = "Glue.MLTransformNotReadyException";
    /// `Glue.MaterializedViewRefreshTaskNotRunningException`
    pub const MATERIALIZED_VIEW_REFRESH_TASK_NOT_RUNNING: &str = "Glue.MaterializedViewRefreshTaskNotRunningException";
    /// `Glue.MaterializedViewRefreshTaskRunningException`
    pub const MATERIALIZED_VIEW_REFRESH_TASK_RUNNING: &str = "Glue.MaterializedViewRefreshTaskRunningException";
    /// `Glue.MaterializedViewRefreshTaskStoppingException`
    pub const MATERIALIZED_VIEW_REFRESH_TASK_STOPPING: &str = "Glue.MaterializedViewRefreshTaskStoppingException";
    /// `Glue.NoScheduleException`
    pub const NO_SCHEDULE: &str = "Glue.NoScheduleException";
    /// `Glue.OperationNotSupportedException`
    pub const OPERATION_NOT_SUPPORTED: &str = "Glue.OperationNotSupportedException";
    /// `Glue.OperationTimeoutException`
    pub const OPERATION_TIMEOUT: &str = "Glue.OperationTimeoutException";
    /// `Glue.PermissionTypeMismatchException`
    pub const PERMISSION_TYPE_MISMATCH: &str = "Glue.PermissionTypeMismatchException";
    /// `Glue.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Glue.ResourceNotFoundException";
    /// `Glue.ResourceNotReadyException`
    pub const RESOURCE_NOT_READY: &str = "Glue.ResourceNotReadyException";
    /// `Glue.ResourceNumberLimitExceededException`
    pub const RESOURCE_NUMBER_LIMIT_EXCEEDED: &str = "Glue.ResourceNumberLimitExceededException";
    /// `Glue.SchedulerNotRunningException`
    pub const SCHEDULER_NOT_RUNNING: &str = "Glue.SchedulerNotRunningException";
    /// `Glue.SchedulerRunningException`
    pub const SCHEDULER_RUNNING: &str = "Glue.SchedulerRunningException";
    /// `Glue.SchedulerTransitioningException`
    pub const SCHEDULER_TRANSITIONING: &str = "Glue.SchedulerTransitioningException";
    /// `Glue.SessionBusyException`
    pub const SESSION_BUSY: &str = "Glue.SessionBusyException";
    /// `Glue.TargetResourceNotFoundException`
    pub const TARGET_RESOURCE_NOT_FOUND: &str = "Glue.TargetResourceNotFoundException";
    /// `Glue.ThrottlingException`
    pub const THROTTLING: &str = "Glue.ThrottlingException";
    /// `Glue.ValidationException`
    pub const VALIDATION: &str = "Glue.ValidationException";
    /// `Glue.VersionMismatchException`
    pub const VERSION_MISMATCH: &str = "Glue.VersionMismatchException";
}

/// `aws-sdk:grafana` errors.
pub mod grafana {
    /// `Grafana.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Grafana.AccessDeniedException";
    /// `Grafana.ConflictException`
    pub const CONFLICT: &str = "Grafana.ConflictException";
    /// `Grafana.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Grafana.InternalServerException";
    /// `Grafana.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Grafana.ResourceNotFoundException";
    /// `Grafana.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Grafana.ServiceQuotaExceededException";
    /// `Grafana.ThrottlingException`
    pub const THROTTLING: &str = "Grafana.ThrottlingException";
    /// `Grafana.ValidationException`
    pub const VALIDATION: &str = "Grafana.ValidationException";
}

/// `aws-sdk:greengrass` errors.
pub mod greengrass {
    /// `Greengrass.BadRequestException`
    pub const BAD_REQUEST: &str = "Greengrass.BadRequestException";
    /// `Greengrass.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "Greengrass.InternalServerErrorException";
}

/// `aws-sdk:greengrassv2` errors.
pub mod greengrassv2 {
    /// `GreengrassV2.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "GreengrassV2.AccessDeniedException";
    /// `GreengrassV2.ConflictException`
    pub const CONFLICT: &str = "GreengrassV2.ConflictException";
    /// `GreengrassV2.InternalServerException`
    pub const INTERNAL_SERVER: &str = "GreengrassV2.InternalServerException";
    /// `GreengrassV2.RequestAlreadyInProgressException`
    pub const REQUEST_ALREADY_IN_PROGRESS: &str = "GreengrassV2.RequestAlreadyInProgressException";
    /// `GreengrassV2.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "GreengrassV2.ResourceNotFoundException";
    /// `GreengrassV2.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "GreengrassV2.ServiceQuotaExceededException";
    /// `GreengrassV2.ThrottlingException`
    pub const THROTTLING: &str = "GreengrassV2.ThrottlingException";
    /// `GreengrassV2.ValidationException`
    pub const VALIDATION: &str = "GreengrassV2.ValidationException";
}

/// `aws-sdk:groundstation` errors.
pub mod groundstation {
    /// `GroundStation.DependencyException`
    pub const DEPENDENCY: &str = "GroundStation.DependencyException";
    /// `GroundStation.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "GroundStation.InvalidParameterException";
    /// `GroundStation.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "GroundStation.ResourceInUseException";
    /// `GroundStation.ResourceLimitExceededException`
    pub const RESOURCE_LIMIT_EXCEEDED: &str = "GroundStation.ResourceLimitExceededException";
    /// `GroundStation.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "GroundStation.ResourceNotFoundException";
    /// `GroundStation.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "GroundStation.ServiceQuotaExceededException";
}

/// `aws-sdk:guardduty` errors.
pub mod guardduty {
    /// `GuardDuty.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "GuardDuty.AccessDeniedException";
    /// `GuardDuty.BadRequestException`
    pub const BAD_REQUEST: &str = "GuardDuty.BadRequestException";
    /// `GuardDuty.ConflictException`
    pub const CONFLICT: &str = "GuardDuty.ConflictException";
    /// `GuardDuty.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "GuardDuty.InternalServerErrorException";
    /// `GuardDuty.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "GuardDuty.ResourceNotFoundException";
}

/// `aws-sdk:health` errors.
pub mod health {
    /// `Health.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "Health.ConcurrentModificationException";
    /// `Health.InvalidPaginationTokenException`
    pub const INVALID_PAGINATION_TOKEN: &str = "Health.InvalidPaginationTokenException";
    /// `Health.UnsupportedLocaleException`
    pub const UNSUPPORTED_LOCALE: &str = "Health.UnsupportedLocaleException";
}

/// `aws-sdk:healthlake` errors.
pub mod healthlake {
    /// `HealthLake.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "HealthLake.AccessDeniedException";
    /// `HealthLake.ConflictException`
    pub const CONFLICT: &str = "HealthLake.ConflictException";
    /// `HealthLake.FailedDependencyException`
    pub const FAILED_DEPENDENCY: &str = "HealthLake.FailedDependencyException";
    /// `HealthLake.InternalServerException`
    pub const INTERNAL_SERVER: &str = "HealthLake.InternalServerException";
    /// `HealthLake.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "HealthLake.ResourceNotFoundException";
    /// `HealthLake.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "HealthLake.ServiceQuotaExceededException";
    /// `HealthLake.ThrottlingException`
    pub const THROTTLING: &str = "HealthLake.ThrottlingException";
    /// `HealthLake.ValidationException`
    pub const VALIDATION: &str = "HealthLake.ValidationException";
}

/// `aws-sdk:iam` errors.
pub mod iam {
    /// `Iam.AccountNotManagementOrDelegatedAdministratorException`
    pub const ACCOUNT_NOT_MANAGEMENT_OR_DELEGATED_ADMINISTRATOR: &str = "Iam.AccountNotManagementOrDelegatedAdministratorException";
    /// `Iam.CallerIsNotManagementAccountException`
    pub const CALLER_IS_NOT_MANAGEMENT_ACCOUNT: &str = "Iam.CallerIsNotManagementAccountException";
    /// `Iam.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "Iam.ConcurrentModificationException";
    /// `Iam.CredentialReportExpiredException`
    pub const CREDENTIAL_REPORT_EXPIRED: &str = "Iam.CredentialReportExpiredException";
    /// `Iam.CredentialReportNotPresentException`
    pub const CREDENTIAL_REPORT_NOT_PRESENT: &str = "Iam.CredentialReportNotPresentException";
    /// `Iam.CredentialReportNotReadyException`
    pub const CREDENTIAL_REPORT_NOT_READY: &str = "Iam.CredentialReportNotReadyException";
    /// `Iam.DeleteConflictException`
    pub const DELETE_CONFLICT: &str = "Iam.DeleteConflictException";
    /// `Iam.DuplicateCertificateException`
    pub const DUPLICATE_CERTIFICATE: &str = "Iam.DuplicateCertificateException";
    /// `Iam.DuplicateSSHPublicKeyException`
    pub const DUPLICATE_SSH_PUBLIC_KEY: &str = "Iam.DuplicateSSHPublicKeyException";
    /// `Iam.EntityAlreadyExistsException`
    pub const ENTITY_ALREADY_EXISTS: &str = "Iam.EntityAlreadyExistsException";
    /// `Iam.EntityTemporarilyUnmodifiableException`
    pub const ENTITY_TEMPORARILY_UNMODIFIABLE: &str = "Iam.EntityTemporarilyUnmodifiableException";
    /// `Iam.FeatureDisabledException`
    pub const FEATURE_DISABLED: &str = "Iam.FeatureDisabledException";
    /// `Iam.FeatureEnabledException`
    pub const FEATURE_ENABLED: &str = "Iam.FeatureEnabledException";
    /// `Iam.InvalidAuthenticationCodeException`
    pub const INVALID_AUTHENTICATION_CODE: &str = "Iam.InvalidAuthenticationCodeException";
    /// `Iam.InvalidCertificateException`
    pub const INVALID_CERTIFICATE: &str = "Iam.InvalidCertificateException";
    /// `Iam.InvalidInputException`
    pub const INVALID_INPUT: &str = "Iam.InvalidInputException";
    /// `Iam.InvalidPublicKeyException`
    pub const INVALID_PUBLIC_KEY: &str = "Iam.InvalidPublicKeyException";
    /// `Iam.InvalidUserTypeException`
    pub const INVALID_USER_TYPE: &str = "Iam.InvalidUserTypeException";
    /// `Iam.KeyPairMismatchException`
    pub const KEY_PAIR_MISMATCH: &str = "Iam.KeyPairMismatchException";
    /// `Iam.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Iam.LimitExceededException";
    /// `Iam.MalformedCertificateException`
    pub const MALFORMED_CERTIFICATE: &str = "Iam.MalformedCertificateException";
    /// `Iam.MalformedPolicyDocumentException`
    pub const MALFORMED_POLICY_DOCUMENT: &str = "Iam.MalformedPolicyDocumentException";
    /// `Iam.NameConflictException`
    pub const NAME_CONFLICT: &str = "Iam.NameConflictException";
    /// `Iam.NoSuchEntityException`
    pub const NO_SUCH_ENTITY: &str = "Iam.NoSuchEntityException";
    /// `Iam.OpenIdIdpCommunicationErrorException`
    pub const OPEN_ID_IDP_COMMUNICATION_ERROR: &str = "Iam.OpenIdIdpCommunicationErrorException";
    /// `Iam.OrganizationNotFoundException`
    pub const ORGANIZATION_NOT_FOUND: &str = "Iam.OrganizationNotFoundException";
    /// `Iam.OrganizationNotInAllFeaturesModeException`
    pub const ORGANIZATION_NOT_IN_ALL_FEATURES_MODE: &str = "Iam.OrganizationNotInAllFeaturesModeException";
    /// `Iam.PasswordPolicyViolationException`
    pub const PASSWORD_POLICY_VIOLATION: &str = "Iam.PasswordPolicyViolationException";
    /// `Iam.PolicyEvaluationException`
    pub const POLICY_EVALUATION: &str = "Iam.PolicyEvaluationException";
    /// `Iam.PolicyNotAttachableException`
    pub const POLICY_NOT_ATTACHABLE: &str = "Iam.PolicyNotAttachableException";
    /// `Iam.ReportGenerationLimitExceededException`
    pub const REPORT_GENERATION_LIMIT_EXCEEDED: &str = "Iam.ReportGenerationLimitExceededException";
    /// `Iam.RoleModifiedException`
    pub const ROLE_MODIFIED: &str = "Iam.RoleModifiedException";
    /// `Iam.RoleTemplateDisabledException`
    pub const ROLE_TEMPLATE_DISABLED: &str = "Iam.RoleTemplateDisabledException";
    /// `Iam.ServiceAccessNotEnabledException`
    pub const SERVICE_ACCESS_NOT_ENABLED: &str = "Iam.ServiceAccessNotEnabledException";
    /// `Iam.ServiceFailureException`
    pub const SERVICE_FAILURE: &str = "Iam.ServiceFailureException";
    /// `Iam.ServiceNotSupportedException`
    pub const SERVICE_NOT_SUPPORTED: &str = "Iam.ServiceNotSupportedException";
    /// `Iam.UnmodifiableEntityException`
    pub const UNMODIFIABLE_ENTITY: &str = "Iam.UnmodifiableEntityException";
    /// `Iam.UnrecognizedPublicKeyEncodingException`
    pub const UNRECOGNIZED_PUBLIC_KEY_ENCODING: &str = "Iam.UnrecognizedPublicKeyEncodingException";
}

/// `aws-sdk:iamtoolbox` errors.
pub mod iamtoolbox {
    /// `IamToolbox.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "IamToolbox.AccessDeniedException";
    /// `IamToolbox.InternalServerException`
    pub const INTERNAL_SERVER: &str = "IamToolbox.InternalServerException";
    /// `IamToolbox.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "IamToolbox.ResourceNotFoundException";
    /// `IamToolbox.ValidationException`
    pub const VALIDATION: &str = "IamToolbox.ValidationException";
}

/// `aws-sdk:identitystore` errors.
pub mod identitystore {
    /// `Identitystore.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Identitystore.AccessDeniedException";
    /// `Identitystore.ConflictException`
    pub const CONFLICT: &str = "Identitystore.ConflictException";
    /// `Identitystore.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Identitystore.InternalServerException";
    /// `Identitystore.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Identitystore.ResourceNotFoundException";
    /// `Identitystore.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Identitystore.ServiceQuotaExceededException";
    /// `Identitystore.ThrottlingException`
    pub const THROTTLING: &str = "Identitystore.ThrottlingException";
    /// `Identitystore.ValidationException`
    pub const VALIDATION: &str = "Identitystore.ValidationException";
}

/// `aws-sdk:imagebuilder` errors.
pub mod imagebuilder {
    /// `Imagebuilder.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Imagebuilder.AccessDeniedException";
    /// `Imagebuilder.CallRateLimitExceededException`
    pub const CALL_RATE_LIMIT_EXCEEDED: &str = "Imagebuilder.CallRateLimitExceededException";
    /// `Imagebuilder.ClientException`
    pub const CLIENT: &str = "Imagebuilder.ClientException";
    /// `Imagebuilder.DryRunOperationException`
    pub const DRY_RUN_OPERATION: &str = "Imagebuilder.DryRunOperationException";
    /// `Imagebuilder.ForbiddenException`
    pub const FORBIDDEN: &str = "Imagebuilder.ForbiddenException";
    /// `Imagebuilder.IdempotentParameterMismatchException`
    pub const IDEMPOTENT_PARAMETER_MISMATCH: &str = "Imagebuilder.IdempotentParameterMismatchException";
    /// `Imagebuilder.InvalidPaginationTokenException`
    pub const INVALID_PAGINATION_TOKEN: &str = "Imagebuilder.InvalidPaginationTokenException";
    /// `Imagebuilder.InvalidParameterCombinationException`
    pub const INVALID_PARAMETER_COMBINATION: &str = "Imagebuilder.InvalidParameterCombinationException";
    /// `Imagebuilder.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "Imagebuilder.InvalidParameterException";
    /// `Imagebuilder.InvalidParameterValueException`
    pub const INVALID_PARAMETER_VALUE: &str = "Imagebuilder.InvalidParameterValueException";
    /// `Imagebuilder.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "Imagebuilder.InvalidRequestException";
    /// `Imagebuilder.InvalidVersionNumberException`
    pub const INVALID_VERSION_NUMBER: &str = "Imagebuilder.InvalidVersionNumberException";
    /// `Imagebuilder.ResourceAlreadyExistsException`
    pub const RESOURCE_ALREADY_EXISTS: &str = "Imagebuilder.ResourceAlreadyExistsException";
    /// `Imagebuilder.ResourceDependencyException`
    pub const RESOURCE_DEPENDENCY: &str = "Imagebuilder.ResourceDependencyException";
    /// `Imagebuilder.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "Imagebuilder.ResourceInUseException";
    /// `Imagebuilder.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Imagebuilder.ResourceNotFoundException";
    /// `Imagebuilder.ServiceException`
    pub const SERVICE: &str = "Imagebuilder.ServiceException";
    /// `Imagebuilder.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Imagebuilder.ServiceQuotaExceededException";
    /// `Imagebuilder.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "Imagebuilder.ServiceUnavailableException";
    /// `Imagebuilder.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "Imagebuilder.TooManyRequestsException";
}

/// `aws-sdk:importexport` errors.
pub mod importexport {
    /// `ImportExport.BucketPermissionException`
    pub const BUCKET_PERMISSION: &str = "ImportExport.BucketPermissionException";
    /// `ImportExport.CanceledJobIdException`
    pub const CANCELED_JOB_ID: &str = "ImportExport.CanceledJobIdException";
    /// `ImportExport.CreateJobQuotaExceededException`
    pub const CREATE_JOB_QUOTA_EXCEEDED: &str = "ImportExport.CreateJobQuotaExceededException";
    /// `ImportExport.ExpiredJobIdException`
    pub const EXPIRED_JOB_ID: &str = "ImportExport.ExpiredJobIdException";
    /// `ImportExport.InvalidAccessKeyIdException`
    pub const INVALID_ACCESS_KEY_ID: &str = "ImportExport.InvalidAccessKeyIdException";
    /// `ImportExport.InvalidAddressException`
    pub const INVALID_ADDRESS: &str = "ImportExport.InvalidAddressException";
    /// `ImportExport.InvalidCustomsException`
    pub const INVALID_CUSTOMS: &str = "ImportExport.InvalidCustomsException";
    /// `ImportExport.InvalidFileSystemException`
    pub const INVALID_FILE_SYSTEM: &str = "ImportExport.InvalidFileSystemException";
    /// `ImportExport.InvalidJobIdException`
    pub const INVALID_JOB_ID: &str = "ImportExport.InvalidJobIdException";
    /// `ImportExport.InvalidManifestFieldException`
    pub const INVALID_MANIFEST_FIELD: &str = "ImportExport.InvalidManifestFieldException";
    /// `ImportExport.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "ImportExport.InvalidParameterException";
    /// `ImportExport.InvalidVersionException`
    pub const INVALID_VERSION: &str = "ImportExport.InvalidVersionException";
    /// `ImportExport.MalformedManifestException`
    pub const MALFORMED_MANIFEST: &str = "ImportExport.MalformedManifestException";
    /// `ImportExport.MissingCustomsException`
    pub const MISSING_CUSTOMS: &str = "ImportExport.MissingCustomsException";
    /// `ImportExport.MissingManifestFieldException`
    pub const MISSING_MANIFEST_FIELD: &str = "ImportExport.MissingManifestFieldException";
    /// `ImportExport.MissingParameterException`
    pub const MISSING_PARAMETER: &str = "ImportExport.MissingParameterException";
    /// `ImportExport.MultipleRegionsException`
    pub const MULTIPLE_REGIONS: &str = "ImportExport.MultipleRegionsException";
    /// `ImportExport.NoSuchBucketException`
    pub const NO_SUCH_BUCKET: &str = "ImportExport.NoSuchBucketException";
    /// `ImportExport.UnableToCancelJobIdException`
    pub const UNABLE_TO_CANCEL_JOB_ID: &str = "ImportExport.UnableToCancelJobIdException";
    /// `ImportExport.UnableToUpdateJobIdException`
    pub const UNABLE_TO_UPDATE_JOB_ID: &str = "ImportExport.UnableToUpdateJobIdException";
}

/// `aws-sdk:inspector` errors.
pub mod inspector {
    /// `Inspector.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Inspector.AccessDeniedException";
    /// `Inspector.AgentsAlreadyRunningAssessmentException`
    pub const AGENTS_ALREADY_RUNNING_ASSESSMENT: &str = "Inspector.AgentsAlreadyRunningAssessmentException";
    /// `Inspector.AssessmentRunInProgressException`
    pub const ASSESSMENT_RUN_IN_PROGRESS: &str = "Inspector.AssessmentRunInProgressException";
    /// `Inspector.InternalException`
    pub const INTERNAL: &str = "Inspector.InternalException";
    /// `Inspector.InvalidCrossAccountRoleException`
    pub const INVALID_CROSS_ACCOUNT_ROLE: &str = "Inspector.InvalidCrossAccountRoleException";
    /// `Inspector.InvalidInputException`
    pub const INVALID_INPUT: &str = "Inspector.InvalidInputException";
    /// `Inspector.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Inspector.LimitExceededException";
    /// `Inspector.NoSuchEntityException`
    pub const NO_SUCH_ENTITY: &str = "Inspector.NoSuchEntityException";
    /// `Inspector.PreviewGenerationInProgressException`
    pub const PREVIEW_GENERATION_IN_PROGRESS: &str = "Inspector.PreviewGenerationInProgressException";
    /// `Inspector.ServiceTemporarilyUnavailableException`
    pub const SERVICE_TEMPORARILY_UNAVAILABLE: &str = "Inspector.ServiceTemporarilyUnavailableException";
    /// `Inspector.UnsupportedFeatureException`
    pub const UNSUPPORTED_FEATURE: &str = "Inspector.UnsupportedFeatureException";
}

/// `aws-sdk:inspector2` errors.
pub mod inspector2 {
    /// `Inspector2.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Inspector2.AccessDeniedException";
    /// `Inspector2.BadRequestException`
    pub const BAD_REQUEST: &str = "Inspector2.BadRequestException";
    /// `Inspector2.ConflictException`
    pub const CONFLICT: &str = "Inspector2.ConflictException";
    /// `Inspector2.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Inspector2.InternalServerException";
    /// `Inspector2.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Inspector2.ResourceNotFoundException";
    /// `Inspector2.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Inspector2.ServiceQuotaExceededException";
    /// `Inspector2.ThrottlingException`
    pub const THROTTLING: &str = "Inspector2.ThrottlingException";
    /// `Inspector2.ValidationException`
    pub const VALIDATION: &str = "Inspector2.ValidationException";
}

/// `aws-sdk:inspectorscan` errors.
pub mod inspectorscan {
    /// `InspectorScan.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "InspectorScan.AccessDeniedException";
    /// `InspectorScan.InternalServerException`
    pub const INTERNAL_SERVER: &str = "InspectorScan.InternalServerException";
    /// `InspectorScan.ThrottlingException`
    pub const THROTTLING: &str = "InspectorScan.ThrottlingException";
    /// `InspectorScan.ValidationException`
    pub const VALIDATION: &str = "InspectorScan.ValidationException";
}

/// `aws-sdk:interconnect` errors.
pub mod interconnect {
    /// `Interconnect.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Interconnect.AccessDeniedException";
    /// `Interconnect.InterconnectClientException`
    pub const INTERCONNECT_CLIENT: &str = "Interconnect.InterconnectClientException";
    /// `Interconnect.InterconnectServerException`
    pub const INTERCONNECT_SERVER: &str = "Interconnect.InterconnectServerException";
    /// `Interconnect.InterconnectValidationException`
    pub const INTERCONNECT_VALIDATION: &str = "Interconnect.InterconnectValidationException";
    /// `Interconnect.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Interconnect.ResourceNotFoundException";
    /// `Interconnect.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Interconnect.ServiceQuotaExceededException";
    /// `Interconnect.ThrottlingException`
    pub const THROTTLING: &str = "Interconnect.ThrottlingException";
}

/// `aws-sdk:internetmonitor` errors.
pub mod internetmonitor {
    /// `InternetMonitor.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "InternetMonitor.AccessDeniedException";
    /// `InternetMonitor.BadRequestException`
    pub const BAD_REQUEST: &str = "InternetMonitor.BadRequestException";
    /// `InternetMonitor.ConflictException`
    pub const CONFLICT: &str = "InternetMonitor.ConflictException";
    /// `InternetMonitor.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "InternetMonitor.InternalServerErrorException";
    /// `InternetMonitor.InternalServerException`
    pub const INTERNAL_SERVER: &str = "InternetMonitor.InternalServerException";
    /// `InternetMonitor.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "InternetMonitor.LimitExceededException";
    /// `InternetMonitor.NotFoundException`
    pub const NOT_FOUND: &str = "InternetMonitor.NotFoundException";
    /// `InternetMonitor.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "InternetMonitor.ResourceNotFoundException";
    /// `InternetMonitor.ThrottlingException`
    pub const THROTTLING: &str = "InternetMonitor.ThrottlingException";
    /// `InternetMonitor.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "InternetMonitor.TooManyRequestsException";
    /// `InternetMonitor.ValidationException`
    pub const VALIDATION: &str = "InternetMonitor.ValidationException";
}

/// `aws-sdk:invoicing` errors.
pub mod invoicing {
    /// `Invoicing.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Invoicing.AccessDeniedException";
    /// `Invoicing.ConflictException`
    pub const CONFLICT: &str = "Invoicing.ConflictException";
    /// `Invoicing.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Invoicing.InternalServerException";
    /// `Invoicing.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Invoicing.ResourceNotFoundException";
    /// `Invoicing.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Invoicing.ServiceQuotaExceededException";
    /// `Invoicing.ThrottlingException`
    pub const THROTTLING: &str = "Invoicing.ThrottlingException";
    /// `Invoicing.ValidationException`
    pub const VALIDATION: &str = "Invoicing.ValidationException";
}

/// `aws-sdk:iot` errors.
pub mod iot {
    /// `Iot.CertificateConflictException`
    pub const CERTIFICATE_CONFLICT: &str = "Iot.CertificateConflictException";
    /// `Iot.CertificateStateException`
    pub const CERTIFICATE_STATE: &str = "Iot.CertificateStateException";
    /// `Iot.CertificateValidationException`
    pub const CERTIFICATE_VALIDATION: &str = "Iot.CertificateValidationException";
    /// `Iot.ConflictException`
    pub const CONFLICT: &str = "Iot.ConflictException";
    /// `Iot.ConflictingResourceUpdateException`
    pub const CONFLICTING_RESOURCE_UPDATE: &str = "Iot.ConflictingResourceUpdateException";
    /// `Iot.DeleteConflictException`
    pub const DELETE_CONFLICT: &str = "Iot.DeleteConflictException";
    /// `Iot.IndexNotReadyException`
    pub const INDEX_NOT_READY: &str = "Iot.IndexNotReadyException";
    /// `Iot.InternalException`
    pub const INTERNAL: &str = "Iot.InternalException";
    /// `Iot.InternalFailureException`
    pub const INTERNAL_FAILURE: &str = "Iot.InternalFailureException";
    /// `Iot.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Iot.InternalServerException";
    /// `Iot.InvalidAggregationException`
    pub const INVALID_AGGREGATION: &str = "Iot.InvalidAggregationException";
    /// `Iot.InvalidQueryException`
    pub const INVALID_QUERY: &str = "Iot.InvalidQueryException";
    /// `Iot.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "Iot.InvalidRequestException";
    /// `Iot.InvalidResponseException`
    pub const INVALID_RESPONSE: &str = "Iot.InvalidResponseException";
    /// `Iot.InvalidStateTransitionException`
    pub const INVALID_STATE_TRANSITION: &str = "Iot.InvalidStateTransitionException";
    /// `Iot.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Iot.LimitExceededException";
    /// `Iot.MalformedPolicyException`
    pub const MALFORMED_POLICY: &str = "Iot.MalformedPolicyException";
    /// `Iot.NotConfiguredException`
    pub const NOT_CONFIGURED: &str = "Iot.NotConfiguredException";
    /// `Iot.RegistrationCodeValidationException`
    pub const REGISTRATION_CODE_VALIDATION: &str = "Iot.RegistrationCodeValidationException";
    /// `Iot.ResourceAlreadyExistsException`
    pub const RESOURCE_ALREADY_EXISTS: &str = "Iot.ResourceAlreadyExistsException";
    /// `Iot.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Iot.ResourceNotFoundException";
    /// `Iot.ResourceRegistrationFailureException`
    pub const RESOURCE_REGISTRATION_FAILURE: &str = "Iot.ResourceRegistrationFailureException";
    /// `Iot.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Iot.ServiceQuotaExceededException";
    /// `Iot.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "Iot.ServiceUnavailableException";
    /// `Iot.SqlParseException`
    pub const SQL_PARSE: &str = "Iot.SqlParseException";
    /// `Iot.TaskAlreadyExistsException`
    pub const TASK_ALREADY_EXISTS: &str = "Iot.TaskAlreadyExistsException";
    /// `Iot.ThrottlingException`
    pub const THROTTLING: &str = "Iot.ThrottlingException";
    /// `Iot.TransferAlreadyCompletedException`
    pub const TRANSFER_ALREADY_COMPLETED: &str = "Iot.TransferAlreadyCompletedException";
    /// `Iot.TransferConflictException`
    pub const TRANSFER_CONFLICT: &str = "Iot.TransferConflictException";
    /// `Iot.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "Iot.UnauthorizedException";
    /// `Iot.ValidationException`
    pub const VALIDATION: &str = "Iot.ValidationException";
    /// `Iot.VersionConflictException`
    pub const VERSION_CONFLICT: &str = "Iot.VersionConflictException";
    /// `Iot.VersionsLimitExceededException`
    pub const VERSIONS_LIMIT_EXCEEDED: &str = "Iot.VersionsLimitExceededException";
}

/// `aws-sdk:iotdataplane` errors.
pub mod iotdataplane {
    /// `IotDataPlane.ConflictException`
    pub const CONFLICT: &str = "IotDataPlane.ConflictException";
    /// `IotDataPlane.ForbiddenException`
    pub const FORBIDDEN: &str = "IotDataPlane.ForbiddenException";
    /// `IotDataPlane.GatewayTimeoutException`
    pub const GATEWAY_TIMEOUT: &str = "IotDataPlane.GatewayTimeoutException";
    /// `IotDataPlane.InternalFailureException`
    pub const INTERNAL_FAILURE: &str = "IotDataPlane.InternalFailureException";
    /// `IotDataPlane.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "IotDataPlane.InvalidRequestException";
    /// `IotDataPlane.MethodNotAllowedException`
    pub const METHOD_NOT_ALLOWED: &str = "IotDataPlane.MethodNotAllowedException";
    /// `IotDataPlane.RequestEntityTooLargeException`
    pub const REQUEST_ENTITY_TOO_LARGE: &str = "IotDataPlane.RequestEntityTooLargeException";
    /// `IotDataPlane.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "IotDataPlane.ResourceNotFoundException";
    /// `IotDataPlane.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "IotDataPlane.ServiceUnavailableException";
    /// `IotDataPlane.ThrottlingException`
    pub const THROTTLING: &str = "IotDataPlane.ThrottlingException";
    /// `IotDataPlane.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "IotDataPlane.UnauthorizedException";
    /// `IotDataPlane.UnsupportedDocumentEncodingException`
    pub const UNSUPPORTED_DOCUMENT_ENCODING: &str = "IotDataPlane.UnsupportedDocumentEncodingException";
}

/// `aws-sdk:iotdeviceadvisor` errors.
pub mod iotdeviceadvisor {
    /// `IotDeviceAdvisor.ConflictException`
    pub const CONFLICT: &str = "IotDeviceAdvisor.ConflictException";
    /// `IotDeviceAdvisor.InternalServerException`
    pub const INTERNAL_SERVER: &str = "IotDeviceAdvisor.InternalServerException";
    /// `IotDeviceAdvisor.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "IotDeviceAdvisor.ResourceNotFoundException";
    /// `IotDeviceAdvisor.ValidationException`
    pub const VALIDATION: &str = "IotDeviceAdvisor.ValidationException";
}

/// `aws-sdk:iotfleetwise` errors.
pub mod iotfleetwise {
    /// `IoTFleetWise.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "IoTFleetWise.AccessDeniedException";
    /// `IoTFleetWise.ConflictException`
    pub const CONFLICT: &str = "IoTFleetWise.ConflictException";
    /// `IoTFleetWise.DecoderManifestValidationException`
    pub const DECODER_MANIFEST_VALIDATION: &str = "IoTFleetWise.DecoderManifestValidationException";
    /// `IoTFleetWise.InternalServerException`
    pub const INTERNAL_SERVER: &str = "IoTFleetWise.InternalServerException";
    /// `IoTFleetWise.InvalidNodeException`
    pub const INVALID_NODE: &str = "IoTFleetWise.InvalidNodeException";
    /// `IoTFleetWise.InvalidSignalsException`
    pub const INVALID_SIGNALS: &str = "IoTFleetWise.InvalidSignalsException";
    /// `IoTFleetWise.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "IoTFleetWise.LimitExceededException";
    /// `IoTFleetWise.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "IoTFleetWise.ResourceNotFoundException";
    /// `IoTFleetWise.ThrottlingException`
    pub const THROTTLING: &str = "IoTFleetWise.ThrottlingException";
    /// `IoTFleetWise.ValidationException`
    pub const VALIDATION: &str = "IoTFleetWise.ValidationException";
}

/// `aws-sdk:iotjobsdataplane` errors.
pub mod iotjobsdataplane {
    /// `IotJobsDataPlane.CertificateValidationException`
    pub const CERTIFICATE_VALIDATION: &str = "IotJobsDataPlane.CertificateValidationException";
    /// `IotJobsDataPlane.ConflictException`
    pub const CONFLICT: &str = "IotJobsDataPlane.ConflictException";
    /// `IotJobsDataPlane.InternalServerException`
    pub const INTERNAL_SERVER: &str = "IotJobsDataPlane.InternalServerException";
    /// `IotJobsDataPlane.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "IotJobsDataPlane.InvalidRequestException";
    /// `IotJobsDataPlane.InvalidStateTransitionException`
    pub const INVALID_STATE_TRANSITION: &str = "IotJobsDataPlane.InvalidStateTransitionException";
    /// `IotJobsDataPlane.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "IotJobsDataPlane.ResourceNotFoundException";
    /// `IotJobsDataPlane.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "IotJobsDataPlane.ServiceQuotaExceededException";
    /// `IotJobsDataPlane.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "IotJobsDataPlane.ServiceUnavailableException";
    /// `IotJobsDataPlane.TerminalStateException`
    pub const TERMINAL_STATE: &str = "IotJobsDataPlane.TerminalStateException";
    /// `IotJobsDataPlane.ThrottlingException`
    pub const THROTTLING: &str = "IotJobsDataPlane.ThrottlingException";
    /// `IotJobsDataPlane.ValidationException`
    pub const VALIDATION: &str = "IotJobsDataPlane.ValidationException";
}

/// `aws-sdk:iotmanagedintegrations` errors.
pub mod iotmanagedintegrations {
    /// `IotManagedIntegrations.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "IotManagedIntegrations.AccessDeniedException";
    /// `IotManagedIntegrations.ConflictException`
    pub const CONFLICT: &str = "IotManagedIntegrations.ConflictException";
    /// `IotManagedIntegrations.InternalFailureException`
    pub const INTERNAL_FAILURE: &str = "IotManagedIntegrations.InternalFailureException";
    /// `IotManagedIntegrations.InternalServerException`
    pub const INTERNAL_SERVER: &str = "IotManagedIntegrations.InternalServerException";
    /// `IotManagedIntegrations.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "IotManagedIntegrations.InvalidRequestException";
    /// `IotManagedIntegrations.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "IotManagedIntegrations.LimitExceededException";
    /// `IotManagedIntegrations.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "IotManagedIntegrations.ResourceNotFoundException";
    /// `IotManagedIntegrations.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "IotManagedIntegrations.ServiceQuotaExceededException";
    /// `IotManagedIntegrations.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "IotManagedIntegrations.ServiceUnavailableException";
    /// `IotManagedIntegrations.ThrottlingException`
    pub const THROTTLING: &str = "IotManagedIntegrations.ThrottlingException";
    /// `IotManagedIntegrations.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "IotManagedIntegrations.UnauthorizedException";
    /// `IotManagedIntegrations.ValidationException`
    pub const VALIDATION: &str = "IotManagedIntegrations.ValidationException";
}

/// `aws-sdk:iotsecuretunneling` errors.
pub mod iotsecuretunneling {
    /// `IoTSecureTunneling.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "IoTSecureTunneling.LimitExceededException";
    /// `IoTSecureTunneling.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "IoTSecureTunneling.ResourceNotFoundException";
}

/// `aws-sdk:iotsitewise` errors.
pub mod iotsitewise {
    /// `IoTSiteWise.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "IoTSiteWise.AccessDeniedException";
    /// `IoTSiteWise.ConflictingOperationException`
    pub const CONFLICTING_OPERATION: &str = "IoTSiteWise.ConflictingOperationException";
    /// `IoTSiteWise.InternalFailureException`
    pub const INTERNAL_FAILURE: &str = "IoTSiteWise.InternalFailureException";
    /// `IoTSiteWise.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "IoTSiteWise.InvalidRequestException";
    /// `IoTSiteWise.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "IoTSiteWise.LimitExceededException";
    /// `IoTSiteWise.PreconditionFailedException`
    pub const PRECONDITION_FAILED: &str = "IoTSiteWise.PreconditionFailedException";
    /// `IoTSiteWise.QueryTimeoutException`
    pub const QUERY_TIMEOUT: &str = "IoTSiteWise.QueryTimeoutException";
    /// `IoTSiteWise.ResourceAlreadyExistsException`
    pub const RESOURCE_ALREADY_EXISTS: &str = "IoTSiteWise.ResourceAlreadyExistsException";
    /// `IoTSiteWise.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "IoTSiteWise.ResourceNotFoundException";
    /// `IoTSiteWise.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "IoTSiteWise.ServiceUnavailableException";
    /// `IoTSiteWise.ThrottlingException`
    pub const THROTTLING: &str = "IoTSiteWise.ThrottlingException";
    /// `IoTSiteWise.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "IoTSiteWise.TooManyTagsException";
    /// `IoTSiteWise.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "IoTSiteWise.UnauthorizedException";
    /// `IoTSiteWise.ValidationException`
    pub const VALIDATION: &str = "IoTSiteWise.ValidationException";
}

/// `aws-sdk:iotthingsgraph` errors.
pub mod iotthingsgraph {
    /// `IoTThingsGraph.InternalFailureException`
    pub const INTERNAL_FAILURE: &str = "IoTThingsGraph.InternalFailureException";
    /// `IoTThingsGraph.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "IoTThingsGraph.InvalidRequestException";
    /// `IoTThingsGraph.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "IoTThingsGraph.LimitExceededException";
    /// `IoTThingsGraph.ResourceAlreadyExistsException`
    pub const RESOURCE_ALREADY_EXISTS: &str = "IoTThingsGraph.ResourceAlreadyExistsException";
    /// `IoTThingsGraph.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "IoTThingsGraph.ResourceInUseException";
    /// `IoTThingsGraph.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "IoTThingsGraph.ResourceNotFoundException";
    /// `IoTThingsGraph.ThrottlingException`
    pub const THROTTLING: &str = "IoTThingsGraph.ThrottlingException";
}

/// `aws-sdk:iottwinmaker` errors.
pub mod iottwinmaker {
    /// `IoTTwinMaker.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "IoTTwinMaker.AccessDeniedException";
    /// `IoTTwinMaker.ConflictException`
    pub const CONFLICT: &str = "IoTTwinMaker.ConflictException";
    /// `IoTTwinMaker.ConnectorFailureException`
    pub const CONNECTOR_FAILURE: &str = "IoTTwinMaker.ConnectorFailureException";
    /// `IoTTwinMaker.ConnectorTimeoutException`
    pub const CONNECTOR_TIMEOUT: &str = "IoTTwinMaker.ConnectorTimeoutException";
    /// `IoTTwinMaker.InternalServerException`
    pub const INTERNAL_SERVER: &str = "IoTTwinMaker.InternalServerException";
    /// `IoTTwinMaker.QueryTimeoutException`
    pub const QUERY_TIMEOUT: &str = "IoTTwinMaker.QueryTimeoutException";
    /// `IoTTwinMaker.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "IoTTwinMaker.ResourceNotFoundException";
    /// `IoTTwinMaker.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "IoTTwinMaker.ServiceQuotaExceededException";
    /// `IoTTwinMaker.ThrottlingException`
    pub const THROTTLING: &str = "IoTTwinMaker.ThrottlingException";
    /// `IoTTwinMaker.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "IoTTwinMaker.TooManyTagsException";
    /// `IoTTwinMaker.ValidationException`
    pub const VALIDATION: &str = "IoTTwinMaker.ValidationException";
}

/// `aws-sdk:iotwireless` errors.
pub mod iotwireless {
    /// `IotWireless.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "IotWireless.AccessDeniedException";
    /// `IotWireless.ConflictException`
    pub const CONFLICT: &str = "IotWireless.ConflictException";
    /// `IotWireless.InternalServerException`
    pub const INTERNAL_SERVER: &str = "IotWireless.InternalServerException";
    /// `IotWireless.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "IotWireless.ResourceNotFoundException";
    /// `IotWireless.ThrottlingException`
    pub const THROTTLING: &str = "IotWireless.ThrottlingException";
    /// `IotWireless.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "IotWireless.TooManyTagsException";
    /// `IotWireless.ValidationException`
    pub const VALIDATION: &str = "IotWireless.ValidationException";
}

/// `aws-sdk:ivs` errors.
pub mod ivs {
    /// `Ivs.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Ivs.AccessDeniedException";
    /// `Ivs.ChannelNotBroadcastingException`
    pub const CHANNEL_NOT_BROADCASTING: &str = "Ivs.ChannelNotBroadcastingException";
    /// `Ivs.ConflictException`
    pub const CONFLICT: &str = "Ivs.ConflictException";
    /// `Ivs.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Ivs.InternalServerException";
    /// `Ivs.PendingVerificationException`
    pub const PENDING_VERIFICATION: &str = "Ivs.PendingVerificationException";
    /// `Ivs.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Ivs.ResourceNotFoundException";
    /// `Ivs.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Ivs.ServiceQuotaExceededException";
    /// `Ivs.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "Ivs.ServiceUnavailableException";
    /// `Ivs.StreamUnavailableException`
    pub const STREAM_UNAVAILABLE: &str = "Ivs.StreamUnavailableException";
    /// `Ivs.ThrottlingException`
    pub const THROTTLING: &str = "Ivs.ThrottlingException";
    /// `Ivs.ValidationException`
    pub const VALIDATION: &str = "Ivs.ValidationException";
}

/// `aws-sdk:ivschat` errors.
pub mod ivschat {
    /// `Ivschat.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Ivschat.AccessDeniedException";
    /// `Ivschat.ConflictException`
    pub const CONFLICT: &str = "Ivschat.ConflictException";
    /// `Ivschat.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Ivschat.InternalServerException";
    /// `Ivschat.PendingVerificationException`
    pub const PENDING_VERIFICATION: &str = "Ivschat.PendingVerificationException";
    /// `Ivschat.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Ivschat.ResourceNotFoundException";
    /// `Ivschat.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Ivschat.ServiceQuotaExceededException";
    /// `Ivschat.ThrottlingException`
    pub const THROTTLING: &str = "Ivschat.ThrottlingException";
    /// `Ivschat.ValidationException`
    pub const VALIDATION: &str = "Ivschat.ValidationException";
}

/// `aws-sdk:ivsrealtime` errors.
pub mod ivsrealtime {
    /// `IvsRealTime.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "IvsRealTime.AccessDeniedException";
    /// `IvsRealTime.ConflictException`
    pub const CONFLICT: &str = "IvsRealTime.ConflictException";
    /// `IvsRealTime.InternalServerException`
    pub const INTERNAL_SERVER: &str = "IvsRealTime.InternalServerException";
    /// `IvsRealTime.PendingVerificationException`
    pub const PENDING_VERIFICATION: &str = "IvsRealTime.PendingVerificationException";
    /// `IvsRealTime.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "IvsRealTime.ResourceNotFoundException";
    /// `IvsRealTime.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "IvsRealTime.ServiceQuotaExceededException";
    /// `IvsRealTime.ValidationException`
    pub const VALIDATION: &str = "IvsRealTime.ValidationException";
}

/// `aws-sdk:kafka` errors.
pub mod kafka {
    /// `Kafka.BadRequestException`
    pub const BAD_REQUEST: &str = "Kafka.BadRequestException";
    /// `Kafka.ClusterConnectivityException`
    pub const CLUSTER_CONNECTIVITY: &str = "Kafka.ClusterConnectivityException";
    /// `Kafka.ConflictException`
    pub const CONFLICT: &str = "Kafka.ConflictException";
    /// `Kafka.ControllerMovedException`
    pub const CONTROLLER_MOVED: &str = "Kafka.ControllerMovedException";
    /// `Kafka.ForbiddenException`
    pub const FORBIDDEN: &str = "Kafka.ForbiddenException";
    /// `Kafka.GroupSubscribedToTopicException`
    pub const GROUP_SUBSCRIBED_TO_TOPIC: &str = "Kafka.GroupSubscribedToTopicException";
    /// `Kafka.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "Kafka.InternalServerErrorException";
    /// `Kafka.KafkaRequestException`
    pub const KAFKA_REQUEST: &str = "Kafka.KafkaRequestException";
    /// `Kafka.KafkaTimeoutException`
    pub const KAFKA_TIMEOUT: &str = "Kafka.KafkaTimeoutException";
    /// `Kafka.NotControllerException`
    pub const NOT_CONTROLLER: &str = "Kafka.NotControllerException";
    /// `Kafka.NotFoundException`
    pub const NOT_FOUND: &str = "Kafka.NotFoundException";
    /// `Kafka.ReassignmentInProgressException`
    pub const REASSIGNMENT_IN_PROGRESS: &str = "Kafka.ReassignmentInProgressException";
    /// `Kafka.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "Kafka.ServiceUnavailableException";
    /// `Kafka.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "Kafka.TooManyRequestsException";
    /// `Kafka.TopicExistsException`
    pub const TOPIC_EXISTS: &str = "Kafka.TopicExistsException";
    /// `Kafka.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "Kafka.UnauthorizedException";
    /// `Kafka.UnknownTopicOrPartitionException`
    pub const UNKNOWN_TOPIC_OR_PARTITION: &str = "Kafka.UnknownTopicOrPartitionException";
}

/// `aws-sdk:kafkaconnect` errors.
pub mod kafkaconnect {
    /// `KafkaConnect.BadRequestException`
    pub const BAD_REQUEST: &str = "KafkaConnect.BadRequestException";
    /// `KafkaConnect.ConflictException`
    pub const CONFLICT: &str = "KafkaConnect.ConflictException";
    /// `KafkaConnect.ForbiddenException`
    pub const FORBIDDEN: &str = "KafkaConnect.ForbiddenException";
    /// `KafkaConnect.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "KafkaConnect.InternalServerErrorException";
    /// `KafkaConnect.NotFoundException`
    pub const NOT_FOUND: &str = "KafkaConnect.NotFoundException";
    /// `KafkaConnect.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "KafkaConnect.ServiceUnavailableException";
    /// `KafkaConnect.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "KafkaConnect.TooManyRequestsException";
    /// `KafkaConnect.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "KafkaConnect.UnauthorizedException";
}

/// `aws-sdk:kendra` errors.
pub mod kendra {
    /// `Kendra.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Kendra.AccessDeniedException";
    /// `Kendra.ConflictException`
    pub const CONFLICT: &str = "Kendra.ConflictException";
    /// `Kendra.FeaturedResultsConflictException`
    pub const FEATURED_RESULTS_CONFLICT: &str = "Kendra.FeaturedResultsConflictException";
    /// `Kendra.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Kendra.InternalServerException";
    /// `Kendra.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "Kendra.InvalidRequestException";
    /// `Kendra.ResourceAlreadyExistException`
    pub const RESOURCE_ALREADY_EXIST: &str = "Kendra.ResourceAlreadyExistException";
    /// `Kendra.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "Kendra.ResourceInUseException";
    /// `Kendra.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Kendra.ResourceNotFoundException";
    /// `Kendra.ResourceUnavailableException`
    pub const RESOURCE_UNAVAILABLE: &str = "Kendra.ResourceUnavailableException";
    /// `Kendra.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Kendra.ServiceQuotaExceededException";
    /// `Kendra.ThrottlingException`
    pub const THROTTLING: &str = "Kendra.ThrottlingException";
    /// `Kendra.ValidationException`
    pub const VALIDATION: &str = "Kendra.ValidationException";
}

/// `aws-sdk:kendraranking` errors.
pub mod kendraranking {
    /// `KendraRanking.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "KendraRanking.AccessDeniedException";
    /// `KendraRanking.ConflictException`
    pub const CONFLICT: &str = "KendraRanking.ConflictException";
    /// `KendraRanking.InternalServerException`
    pub const INTERNAL_SERVER: &str = "KendraRanking.InternalServerException";
    /// `KendraRanking.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "KendraRanking.ResourceNotFoundException";
    /// `KendraRanking.ResourceUnavailableException`
    pub const RESOURCE_UNAVAILABLE: &str = "KendraRanking.ResourceUnavailableException";
    /// `KendraRanking.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "KendraRanking.ServiceQuotaExceededException";
    /// `KendraRanking.ThrottlingException`
    pub const THROTTLING: &str = "KendraRanking.ThrottlingException";
    /// `KendraRanking.ValidationException`
    pub const VALIDATION: &str = "KendraRanking.ValidationException";
}

/// `aws-sdk:keyspaces` errors.
pub mod keyspaces {
    /// `Keyspaces.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Keyspaces.AccessDeniedException";
    /// `Keyspaces.ConflictException`
    pub const CONFLICT: &str = "Keyspaces.ConflictException";
    /// `Keyspaces.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Keyspaces.InternalServerException";
    /// `Keyspaces.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Keyspaces.ResourceNotFoundException";
    /// `Keyspaces.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Keyspaces.ServiceQuotaExceededException";
    /// `Keyspaces.ValidationException`
    pub const VALIDATION: &str = "Keyspaces.ValidationException";
}

/// `aws-sdk:keyspacesstreams` errors.
pub mod keyspacesstreams {
    /// `KeyspacesStreams.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "KeyspacesStreams.AccessDeniedException";
    /// `KeyspacesStreams.InternalServerException`
    pub const INTERNAL_SERVER: &str = "KeyspacesStreams.InternalServerException";
    /// `KeyspacesStreams.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "KeyspacesStreams.ResourceNotFoundException";
    /// `KeyspacesStreams.ThrottlingException`
    pub const THROTTLING: &str = "KeyspacesStreams.ThrottlingException";
    /// `KeyspacesStreams.ValidationException`
    pub const VALIDATION: &str = "KeyspacesStreams.ValidationException";
}

/// `aws-sdk:kinesis` errors.
pub mod kinesis {
    /// `Kinesis.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Kinesis.AccessDeniedException";
    /// `Kinesis.DryRunOperationException`
    pub const DRY_RUN_OPERATION: &str = "Kinesis.DryRunOperationException";
    /// `Kinesis.ExpiredIteratorException`
    pub const EXPIRED_ITERATOR: &str = "Kinesis.ExpiredIteratorException";
    /// `Kinesis.ExpiredNextTokenException`
    pub const EXPIRED_NEXT_TOKEN: &str = "Kinesis.ExpiredNextTokenException";
    /// `Kinesis.InternalFailureException`
    pub const INTERNAL_FAILURE: &str = "Kinesis.InternalFailureException";
    /// `Kinesis.InvalidArgumentException`
    pub const INVALID_ARGUMENT: &str = "Kinesis.InvalidArgumentException";
    /// `Kinesis.KMSAccessDeniedException`
    pub const KMS_ACCESS_DENIED: &str = "Kinesis.KMSAccessDeniedException";
    /// `Kinesis.KMSDisabledException`
    pub const KMS_DISABLED: &str = "Kinesis.KMSDisabledException";
    /// `Kinesis.KMSInvalidStateException`
    pub const KMS_INVALID_STATE: &str = "Kinesis.KMSInvalidStateException";
    /// `Kinesis.KMSNotFoundException`
    pub const KMS_NOT_FOUND: &str = "Kinesis.KMSNotFoundException";
    /// `Kinesis.KMSOptInRequiredException`
    pub const KMS_OPT_IN_REQUIRED: &str = "Kinesis.KMSOptInRequiredException";
    /// `Kinesis.KMSThrottlingException`
    pub const KMS_THROTTLING: &str = "Kinesis.KMSThrottlingException";
    /// `Kinesis.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Kinesis.LimitExceededException";
    /// `Kinesis.ProvisionedThroughputExceededException`
    pub const PROVISIONED_THROUGHPUT_EXCEEDED: &str = "Kinesis.ProvisionedThroughputExceededException";
    /// `Kinesis.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "Kinesis.ResourceInUseException";
    /// `Kinesis.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Kinesis.ResourceNotFoundException";
    /// `Kinesis.ThrottlingException`
    pub const THROTTLING: &str = "Kinesis.ThrottlingException";
    /// `Kinesis.ValidationException`
    pub const VALIDATION: &str = "Kinesis.ValidationException";
}

/// `aws-sdk:kinesisanalytics` errors.
pub mod kinesisanalytics {
    /// `KinesisAnalytics.CodeValidationException`
    pub const CODE_VALIDATION: &str = "KinesisAnalytics.CodeValidationException";
    /// `KinesisAnalytics.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "KinesisAnalytics.ConcurrentModificationException";
    /// `KinesisAnalytics.InvalidApplicationConfigurationException`
    pub const INVALID_APPLICATION_CONFIGURATION: &str = "KinesisAnalytics.InvalidApplicationConfigurationException";
    /// `KinesisAnalytics.InvalidArgumentException`
    pub const INVALID_ARGUMENT: &str = "KinesisAnalytics.InvalidArgumentException";
    /// `KinesisAnalytics.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "KinesisAnalytics.LimitExceededException";
    /// `KinesisAnalytics.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "KinesisAnalytics.ResourceInUseException";
    /// `KinesisAnalytics.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "KinesisAnalytics.ResourceNotFoundException";
    /// `KinesisAnalytics.ResourceProvisionedThroughputExceededException`
    pub const RESOURCE_PROVISIONED_THROUGHPUT_EXCEEDED: &str = "KinesisAnalytics.ResourceProvisionedThroughputExceededException";
    /// `KinesisAnalytics.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "KinesisAnalytics.ServiceUnavailableException";
    /// `KinesisAnalytics.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "KinesisAnalytics.TooManyTagsException";
    /// `KinesisAnalytics.UnableToDetectSchemaException`
    pub const UNABLE_TO_DETECT_SCHEMA: &str = "KinesisAnalytics.UnableToDetectSchemaException";
    /// `KinesisAnalytics.UnsupportedOperationException`
    pub const UNSUPPORTED_OPERATION: &str = "KinesisAnalytics.UnsupportedOperationException";
}

/// `aws-sdk:kinesisanalyticsv2` errors.
pub mod kinesisanalyticsv2 {
    /// `KinesisAnalyticsV2.CodeValidationException`
    pub const CODE_VALIDATION: &str = "KinesisAnalyticsV2.CodeValidationException";
    /// `KinesisAnalyticsV2.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "KinesisAnalyticsV2.ConcurrentModificationException";
    /// `KinesisAnalyticsV2.InvalidApplicationConfigurationException`
    pub const INVALID_APPLICATION_CONFIGURATION: &str = "KinesisAnalyticsV2.InvalidApplicationConfigurationException";
    /// `KinesisAnalyticsV2.InvalidArgumentException`
    pub const INVALID_ARGUMENT: &str = "KinesisAnalyticsV2.InvalidArgumentException";
    /// `KinesisAnalyticsV2.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "KinesisAnalyticsV2.InvalidRequestException";
    /// `KinesisAnalyticsV2.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "KinesisAnalyticsV2.LimitExceededException";
    /// `KinesisAnalyticsV2.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "KinesisAnalyticsV2.ResourceInUseException";
    /// `KinesisAnalyticsV2.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "KinesisAnalyticsV2.ResourceNotFoundException";
    /// `KinesisAnalyticsV2.ResourceProvisionedThroughputExceededException`
    pub const RESOURCE_PROVISIONED_THROUGHPUT_EXCEEDED: &str = "KinesisAnalyticsV2.ResourceProvisionedThroughputExceededException";
    /// `KinesisAnalyticsV2.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "KinesisAnalyticsV2.ServiceUnavailableException";
    /// `KinesisAnalyticsV2.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "KinesisAnalyticsV2.TooManyTagsException";
    /// `KinesisAnalyticsV2.UnableToDetectSchemaException`
    pub const UNABLE_TO_DETECT_SCHEMA: &str = "KinesisAnalyticsV2.UnableToDetectSchemaException";
    /// `KinesisAnalyticsV2.UnsupportedOperationException`
    pub const UNSUPPORTED_OPERATION: &str = "KinesisAnalyticsV2.UnsupportedOperationException";
}

/// `aws-sdk:kinesisvideo` errors.
pub mod kinesisvideo {
    /// `KinesisVideo.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "KinesisVideo.AccessDeniedException";
    /// `KinesisVideo.AccountChannelLimitExceededException`
    pub const ACCOUNT_CHANNEL_LIMIT_EXCEEDED: &str = "KinesisVideo.AccountChannelLimitExceededException";
    /// `KinesisVideo.AccountStreamLimitExceededException`
    pub const ACCOUNT_STREAM_LIMIT_EXCEEDED: &str = "KinesisVideo.AccountStreamLimitExceededException";
    /// `KinesisVideo.ClientLimitExceededException`
    pub const CLIENT_LIMIT_EXCEEDED: &str = "KinesisVideo.ClientLimitExceededException";
    /// `KinesisVideo.DeviceStreamLimitExceededException`
    pub const DEVICE_STREAM_LIMIT_EXCEEDED: &str = "KinesisVideo.DeviceStreamLimitExceededException";
    /// `KinesisVideo.InvalidArgumentException`
    pub const INVALID_ARGUMENT: &str = "KinesisVideo.InvalidArgumentException";
    /// `KinesisVideo.InvalidDeviceException`
    pub const INVALID_DEVICE: &str = "KinesisVideo.InvalidDeviceException";
    /// `KinesisVideo.InvalidResourceFormatException`
    pub const INVALID_RESOURCE_FORMAT: &str = "KinesisVideo.InvalidResourceFormatException";
    /// `KinesisVideo.NoDataRetentionException`
    pub const NO_DATA_RETENTION: &str = "KinesisVideo.NoDataRetentionException";
    /// `KinesisVideo.NotAuthorizedException`
    pub const NOT_AUTHORIZED: &str = "KinesisVideo.NotAuthorizedException";
    /// `KinesisVideo.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "KinesisVideo.ResourceInUseException";
    /// `KinesisVideo.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "KinesisVideo.ResourceNotFoundException";
    /// `KinesisVideo.StreamEdgeConfigurationNotFoundException`
    pub const STREAM_EDGE_CONFIGURATION_NOT_FOUND: &str = "KinesisVideo.StreamEdgeConfigurationNotFoundException";
    /// `KinesisVideo.TagsPerResourceExceededLimitException`
    pub const TAGS_PER_RESOURCE_EXCEEDED_LIMIT: &str = "KinesisVideo.TagsPerResourceExceededLimitException";
    /// `KinesisVideo.VersionMismatchException`
    pub const VERSION_MISMATCH: &str = "KinesisVideo.VersionMismatchException";
}

/// `aws-sdk:kinesisvideoarchivedmedia` errors.
pub mod kinesisvideoarchivedmedia {
    /// `KinesisVideoArchivedMedia.ClientLimitExceededException`
    pub const CLIENT_LIMIT_EXCEEDED: &str = "KinesisVideoArchivedMedia.ClientLimitExceededException";
    /// `KinesisVideoArchivedMedia.InvalidArgumentException`
    pub const INVALID_ARGUMENT: &str = "KinesisVideoArchivedMedia.InvalidArgumentException";
    /// `KinesisVideoArchivedMedia.InvalidCodecPrivateDataException`
    pub const INVALID_CODEC_PRIVATE_DATA: &str = "KinesisVideoArchivedMedia.InvalidCodecPrivateDataException";
    /// `KinesisVideoArchivedMedia.InvalidMediaFrameException`
    pub const INVALID_MEDIA_FRAME: &str = "KinesisVideoArchivedMedia.InvalidMediaFrameException";
    /// `KinesisVideoArchivedMedia.MissingCodecPrivateDataException`
    pub const MISSING_CODEC_PRIVATE_DATA: &str = "KinesisVideoArchivedMedia.MissingCodecPrivateDataException";
    /// `KinesisVideoArchivedMedia.NoDataRetentionException`
    pub const NO_DATA_RETENTION: &str = "KinesisVideoArchivedMedia.NoDataRetentionException";
    /// `KinesisVideoArchivedMedia.NotAuthorizedException`
    pub const NOT_AUTHORIZED: &str = "KinesisVideoArchivedMedia.NotAuthorizedException";
    /// `KinesisVideoArchivedMedia.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "KinesisVideoArchivedMedia.ResourceNotFoundException";
    /// `KinesisVideoArchivedMedia.UnsupportedStreamMediaTypeException`
    pub const UNSUPPORTED_STREAM_MEDIA_TYPE: &str = "KinesisVideoArchivedMedia.UnsupportedStreamMediaTypeException";
}

/// `aws-sdk:kinesisvideomedia` errors.
pub mod kinesisvideomedia {
    /// `KinesisVideoMedia.ClientLimitExceededException`
    pub const CLIENT_LIMIT_EXCEEDED: &str = "KinesisVideoMedia.ClientLimitExceededException";
    /// `KinesisVideoMedia.ConnectionLimitExceededException`
    pub const CONNECTION_LIMIT_EXCEEDED: &str = "KinesisVideoMedia.ConnectionLimitExceededException";
    /// `KinesisVideoMedia.InvalidArgumentException`
    pub const INVALID_ARGUMENT: &str = "KinesisVideoMedia.InvalidArgumentException";
    /// `KinesisVideoMedia.InvalidEndpointException`
    pub const INVALID_ENDPOINT: &str = "KinesisVideoMedia.InvalidEndpointException";
    /// `KinesisVideoMedia.NotAuthorizedException`
    pub const NOT_AUTHORIZED: &str = "KinesisVideoMedia.NotAuthorizedException";
    /// `KinesisVideoMedia.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "KinesisVideoMedia.ResourceNotFoundException";
}

/// `aws-sdk:kinesisvideosignaling` errors.
pub mod kinesisvideosignaling {
    /// `KinesisVideoSignaling.ClientLimitExceededException`
    pub const CLIENT_LIMIT_EXCEEDED: &str = "KinesisVideoSignaling.ClientLimitExceededException";
    /// `KinesisVideoSignaling.InvalidArgumentException`
    pub const INVALID_ARGUMENT: &str = "KinesisVideoSignaling.InvalidArgumentException";
    /// `KinesisVideoSignaling.InvalidClientException`
    pub const INVALID_CLIENT: &str = "KinesisVideoSignaling.InvalidClientException";
    /// `KinesisVideoSignaling.NotAuthorizedException`
    pub const NOT_AUTHORIZED: &str = "KinesisVideoSignaling.NotAuthorizedException";
    /// `KinesisVideoSignaling.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "KinesisVideoSignaling.ResourceNotFoundException";
    /// `KinesisVideoSignaling.SessionExpiredException`
    pub const SESSION_EXPIRED: &str = "KinesisVideoSignaling.SessionExpiredException";
}

/// `aws-sdk:kinesisvideowebrtcstorage` errors.
pub mod kinesisvideowebrtcstorage {
    /// `KinesisVideoWebRtcStorage.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "KinesisVideoWebRtcStorage.AccessDeniedException";
    /// `KinesisVideoWebRtcStorage.ClientLimitExceededException`
    pub const CLIENT_LIMIT_EXCEEDED: &str = "KinesisVideoWebRtcStorage.ClientLimitExceededException";
    /// `KinesisVideoWebRtcStorage.InvalidArgumentException`
    pub const INVALID_ARGUMENT: &str = "KinesisVideoWebRtcStorage.InvalidArgumentException";
    /// `KinesisVideoWebRtcStorage.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "KinesisVideoWebRtcStorage.ResourceNotFoundException";
}

/// `aws-sdk:kms` errors.
pub mod kms {
    /// `Kms.AlreadyExistsException`
    pub const ALREADY_EXISTS: &str = "Kms.AlreadyExistsException";
    /// `Kms.CloudHsmClusterInUseException`
    pub const CLOUD_HSM_CLUSTER_IN_USE: &str = "Kms.CloudHsmClusterInUseException";
    /// `Kms.CloudHsmClusterInvalidConfigurationException`
    pub const CLOUD_HSM_CLUSTER_INVALID_CONFIGURATION: &str = "Kms.CloudHsmClusterInvalidConfigurationException";
    /// `Kms.CloudHsmClusterNotActiveException`
    pub const CLOUD_HSM_CLUSTER_NOT_ACTIVE: &str = "Kms.CloudHsmClusterNotActiveException";
    /// `Kms.CloudHsmClusterNotFoundException`
    pub const CLOUD_HSM_CLUSTER_NOT_FOUND: &str = "Kms.CloudHsmClusterNotFoundException";
    /// `Kms.CloudHsmClusterNotRelatedException`
    pub const CLOUD_HSM_CLUSTER_NOT_RELATED: &str = "Kms.CloudHsmClusterNotRelatedException";
    /// `Kms.ConflictException`
    pub const CONFLICT: &str = "Kms.ConflictException";
    /// `Kms.CustomKeyStoreHasCMKsException`
    pub const CUSTOM_KEY_STORE_HAS_CM_KS: &str = "Kms.CustomKeyStoreHasCMKsException";
    /// `Kms.CustomKeyStoreInvalidStateException`
    pub const CUSTOM_KEY_STORE_INVALID_STATE: &str = "Kms.CustomKeyStoreInvalidStateException";
    /// `Kms.CustomKeyStoreNameInUseException`
    pub const CUSTOM_KEY_STORE_NAME_IN_USE: &str = "Kms.CustomKeyStoreNameInUseException";
    /// `Kms.CustomKeyStoreNotFoundException`
    pub const CUSTOM_KEY_STORE_NOT_FOUND: &str = "Kms.CustomKeyStoreNotFoundException";
    /// `Kms.DependencyTimeoutException`
    pub const DEPENDENCY_TIMEOUT: &str = "Kms.DependencyTimeoutException";
    /// `Kms.DisabledException`
    pub const DISABLED: &str = "Kms.DisabledException";
    /// `Kms.DryRunOperationException`
    pub const DRY_RUN_OPERATION: &str = "Kms.DryRunOperationException";
    /// `Kms.ExpiredImportTokenException`
    pub const EXPIRED_IMPORT_TOKEN: &str = "Kms.ExpiredImportTokenException";
    /// `Kms.IncorrectKeyException`
    pub const INCORRECT_KEY: &str = "Kms.IncorrectKeyException";
    /// `Kms.IncorrectKeyMaterialException`
    pub const INCORRECT_KEY_MATERIAL: &str = "Kms.IncorrectKeyMaterialException";
    /// `Kms.IncorrectTrustAnchorException`
    pub const INCORRECT_TRUST_ANCHOR: &str = "Kms.IncorrectTrustAnchorException";
    /// `Kms.InvalidAliasNameException`
    pub const INVALID_ALIAS_NAME: &str = "Kms.InvalidAliasNameException";
    /// `Kms.InvalidArnException`
    pub const INVALID_ARN: &str = "Kms.InvalidArnException";
    /// `Kms.InvalidCiphertextException`
    pub const INVALID_CIPHERTEXT: &str = "Kms.InvalidCiphertextException";
    /// `Kms.InvalidGrantIdException`
    pub const INVALID_GRANT_ID: &str = "Kms.InvalidGrantIdException";
    /// `Kms.InvalidGrantTokenException`
    pub const INVALID_GRANT_TOKEN: &str = "Kms.InvalidGrantTokenException";
    /// `Kms.InvalidImportTokenException`
    pub const INVALID_IMPORT_TOKEN: &str = "Kms.InvalidImportTokenException";
    /// `Kms.InvalidKeyUsageException`
    pub const INVALID_KEY_USAGE: &str = "Kms.InvalidKeyUsageException";
    /// `Kms.InvalidMarkerException`
    pub const INVALID_MARKER: &str = "Kms.InvalidMarkerException";
    /// `Kms.KMSInternalException`
    pub const KMS_INTERNAL: &str = "Kms.KMSInternalException";
    /// `Kms.KMSInvalidMacException`
    pub const KMS_INVALID_MAC: &str = "Kms.KMSInvalidMacException";
    /// `Kms.KMSInvalidSignatureException`
    pub const KMS_INVALID_SIGNATURE: &str = "Kms.KMSInvalidSignatureException";
    /// `Kms.KMSInvalidStateException`
    pub const KMS_INVALID_STATE: &str = "Kms.KMSInvalidStateException";
    /// `Kms.KeyUnavailableException`
    pub const KEY_UNAVAILABLE: &str = "Kms.KeyUnavailableException";
    /// `Kms.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Kms.LimitExceededException";
    /// `Kms.MalformedPolicyDocumentException`
    pub const MALFORMED_POLICY_DOCUMENT: &str = "Kms.MalformedPolicyDocumentException";
    /// `Kms.NotFoundException`
    pub const NOT_FOUND: &str = "Kms.NotFoundException";
    /// `Kms.TagException`
    pub const TAG: &str = "Kms.TagException";
    /// `Kms.UnsupportedOperationException`
    pub const UNSUPPORTED_OPERATION: &str = "Kms.UnsupportedOperationException";
    /// `Kms.XksKeyAlreadyInUseException`
    pub const XKS_KEY_ALREADY_IN_USE: &str = "Kms.XksKeyAlreadyInUseException";
    /// `Kms.XksKeyInvalidConfigurationException`
    pub const XKS_KEY_INVALID_CONFIGURATION: &str = "Kms.XksKeyInvalidConfigurationException";
    /// `Kms.XksKeyNotFoundException`
    pub const XKS_KEY_NOT_FOUND: &str = "Kms.XksKeyNotFoundException";
    /// `Kms.XksProxyIncorrectAuthenticationCredentialException`
    pub const XKS_PROXY_INCORRECT_AUTHENTICATION_CREDENTIAL: &str = "Kms.XksProxyIncorrectAuthenticationCredentialException";
    /// `Kms.XksProxyInvalidConfigurationException`
    pub const XKS_PROXY_INVALID_CONFIGURATION: &str = "Kms.XksProxyInvalidConfigurationException";
    /// `Kms.XksProxyInvalidResponseException`
    pub const XKS_PROXY_INVALID_RESPONSE: &str = "Kms.XksProxyInvalidResponseException";
    /// `Kms.XksProxyUriEndpointInUseException`
    pub const XKS_PROXY_URI_ENDPOINT_IN_USE: &str = "Kms.XksProxyUriEndpointInUseException";
    /// `Kms.XksProxyUriInUseException`
    pub const XKS_PROXY_URI_IN_USE: &str = "Kms.XksProxyUriInUseException";
    /// `Kms.XksProxyUriUnreachableException`
    pub const XKS_PROXY_URI_UNREACHABLE: &str = "Kms.XksProxyUriUnreachableException";
    /// `Kms.XksProxyVpcEndpointServiceInUseException`
    pub const XKS_PROXY_VPC_ENDPOINT_SERVICE_IN_USE: &str = "Kms.XksProxyVpcEndpointServiceInUseException";
    /// `Kms.XksProxyVpcEndpointServiceInvalidConfigurationException`
    pub const XKS_PROXY_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION: &str = "Kms.XksProxyVpcEndpointServiceInvalidConfigurationException";
    /// `Kms.XksProxyVpcEndpointServiceNotFoundException`
    pub const XKS_PROXY_VPC_ENDPOINT_SERVICE_NOT_FOUND: &str = "Kms.XksProxyVpcEndpointServiceNotFoundException";
}

/// `aws-sdk:lakeformation` errors.
pub mod lakeformation {
    /// `LakeFormation.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "LakeFormation.AccessDeniedException";
    /// `LakeFormation.AlreadyExistsException`
    pub const ALREADY_EXISTS: &str = "LakeFormation.AlreadyExistsException";
    /// `LakeFormation.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "LakeFormation.ConcurrentModificationException";
    /// `LakeFormation.ConflictException`
    pub const CONFLICT: &str = "LakeFormation.ConflictException";
    /// `LakeFormation.EntityNotFoundException`
    pub const ENTITY_NOT_FOUND: &str = "LakeFormation.EntityNotFoundException";
    /// `LakeFormation.ExpiredException`
    pub const EXPIRED: &str = "LakeFormation.ExpiredException";
    /// `LakeFormation.GlueEncryptionException`
    pub const GLUE_ENCRYPTION: &str = "LakeFormation.GlueEncryptionException";
    /// `LakeFormation.InternalServiceException`
    pub const INTERNAL_SERVICE: &str = "LakeFormation.InternalServiceException";
    /// `LakeFormation.InvalidInputException`
    pub const INVALID_INPUT: &str = "LakeFormation.InvalidInputException";
    /// `LakeFormation.OperationTimeoutException`
    pub const OPERATION_TIMEOUT: &str = "LakeFormation.OperationTimeoutException";
    /// `LakeFormation.PermissionTypeMismatchException`
    pub const PERMISSION_TYPE_MISMATCH: &str = "LakeFormation.PermissionTypeMismatchException";
    /// `LakeFormation.ResourceNotReadyException`
    pub const RESOURCE_NOT_READY: &str = "LakeFormation.ResourceNotReadyException";
    /// `LakeFormation.ResourceNumberLimitExceededException`
    pub const RESOURCE_NUMBER_LIMIT_EXCEEDED: &str = "LakeFormation.ResourceNumberLimitExceededException";
    /// `LakeFormation.StatisticsNotReadyYetException`
    pub const STATISTICS_NOT_READY_YET: &str = "LakeFormation.StatisticsNotReadyYetException";
    /// `LakeFormation.ThrottledException`
    pub const THROTTLED: &str = "LakeFormation.ThrottledException";
    /// `LakeFormation.TransactionCanceledException`
    pub const TRANSACTION_CANCELED: &str = "LakeFormation.TransactionCanceledException";
    /// `LakeFormation.TransactionCommitInProgressException`
    pub const TRANSACTION_COMMIT_IN_PROGRESS: &str = "LakeFormation.TransactionCommitInProgressException";
    /// `LakeFormation.TransactionCommittedException`
    pub const TRANSACTION_COMMITTED: &str = "LakeFormation.TransactionCommittedException";
    /// `LakeFormation.WorkUnitsNotReadyYetException`
    pub const WORK_UNITS_NOT_READY_YET: &str = "LakeFormation.WorkUnitsNotReadyYetException";
}

/// `aws-sdk:lambda` errors.
pub mod lambda_ {
    /// `Lambda.AliasLimitExceededException`
    pub const ALIAS_LIMIT_EXCEEDED: &str = "Lambda.AliasLimitExceededException";
    /// `Lambda.CallbackTimeoutException`
    pub const CALLBACK_TIMEOUT: &str = "Lambda.CallbackTimeoutException";
    /// `Lambda.CapacityProviderLimitExceededException`
    pub const CAPACITY_PROVIDER_LIMIT_EXCEEDED: &str = "Lambda.CapacityProviderLimitExceededException";
    /// `Lambda.CodeArtifactUserDeletedException`
    pub const CODE_ARTIFACT_USER_DELETED: &str = "Lambda.CodeArtifactUserDeletedException";
    /// `Lambda.CodeArtifactUserFailedException`
    pub const CODE_ARTIFACT_USER_FAILED: &str = "Lambda.CodeArtifactUserFailedException";
    /// `Lambda.CodeArtifactUserPendingException`
    pub const CODE_ARTIFACT_USER_PENDING: &str = "Lambda.CodeArtifactUserPendingException";
    /// `Lambda.CodeSigningConfigNotFoundException`
    pub const CODE_SIGNING_CONFIG_NOT_FOUND: &str = "Lambda.CodeSigningConfigNotFoundException";
    /// `Lambda.CodeStorageExceededException`
    pub const CODE_STORAGE_EXCEEDED: &str = "Lambda.CodeStorageExceededException";
    /// `Lambda.CodeVerificationFailedException`
    pub const CODE_VERIFICATION_FAILED: &str = "Lambda.CodeVerificationFailedException";
    /// `Lambda.DurableExecutionAlreadyStartedException`
    pub const DURABLE_EXECUTION_ALREADY_STARTED: &str = "Lambda.DurableExecutionAlreadyStartedException";
    /// `Lambda.EC2AccessDeniedException`
    pub const EC2_ACCESS_DENIED: &str = "Lambda.EC2AccessDeniedException";
    /// `Lambda.EC2ThrottledException`
    pub const EC2_THROTTLED: &str = "Lambda.EC2ThrottledException";
    /// `Lambda.EC2UnexpectedException`
    pub const EC2_UNEXPECTED: &str = "Lambda.EC2UnexpectedException";
    /// `Lambda.EFSIOException`
    pub const EFSIO: &str = "Lambda.EFSIOException";
    /// `Lambda.EFSMountConnectivityException`
    pub const EFS_MOUNT_CONNECTIVITY: &str = "Lambda.EFSMountConnectivityException";
    /// `Lambda.EFSMountFailureException`
    pub const EFS_MOUNT_FAILURE: &str = "Lambda.EFSMountFailureException";
    /// `Lambda.EFSMountTimeoutException`
    pub const EFS_MOUNT_TIMEOUT: &str = "Lambda.EFSMountTimeoutException";
    /// `Lambda.ENILimitReachedException`
    pub const ENI_LIMIT_REACHED: &str = "Lambda.ENILimitReachedException";
    /// `Lambda.ENINotReadyException`
    pub const ENI_NOT_READY: &str = "Lambda.ENINotReadyException";
    /// `Lambda.FunctionVersionsPerCapacityProviderLimitExceededException`
    pub const FUNCTION_VERSIONS_PER_CAPACITY_PROVIDER_LIMIT_EXCEEDED: &str = "Lambda.FunctionVersionsPerCapacityProviderLimitExceededException";
    /// `Lambda.InvalidCodeSignatureException`
    pub const INVALID_CODE_SIGNATURE: &str = "Lambda.InvalidCodeSignatureException";
    /// `Lambda.InvalidParameterValueException`
    pub const INVALID_PARAMETER_VALUE: &str = "Lambda.InvalidParameterValueException";
    /// `Lambda.InvalidRequestContentException`
    pub const INVALID_REQUEST_CONTENT: &str = "Lambda.InvalidRequestContentException";
    /// `Lambda.InvalidRuntimeException`
    pub const INVALID_RUNTIME: &str = "Lambda.InvalidRuntimeException";
    /// `Lambda.InvalidSecurityGroupIDException`
    pub const INVALID_SECURITY_GROUP_ID: &str = "Lambda.InvalidSecurityGroupIDException";
    /// `Lambda.InvalidSubnetIDException`
    pub const INVALID_SUBNET_ID: &str = "Lambda.InvalidSubnetIDException";
    /// `Lambda.InvalidZipFileException`
    pub const INVALID_ZIP_FILE: &str = "Lambda.InvalidZipFileException";
    /// `Lambda.KMSAccessDeniedException`
    pub const KMS_ACCESS_DENIED: &str = "Lambda.KMSAccessDeniedException";
    /// `Lambda.KMSDisabledException`
    pub const KMS_DISABLED: &str = "Lambda.KMSDisabledException";
    /// `Lambda.KMSInvalidStateException`
    pub const KMS_INVALID_STATE: &str = "Lambda.KMSInvalidStateException";
    /// `Lambda.KMSNotFoundException`
    pub const KMS_NOT_FOUND: &str = "Lambda.KMSNotFoundException";
    /// `Lambda.ModeNotSupportedException`
    pub const MODE_NOT_SUPPORTED: &str = "Lambda.ModeNotSupportedException";
    /// `Lambda.NoPublishedVersionException`
    pub const NO_PUBLISHED_VERSION: &str = "Lambda.NoPublishedVersionException";
    /// `Lambda.PolicyLengthExceededException`
    pub const POLICY_LENGTH_EXCEEDED: &str = "Lambda.PolicyLengthExceededException";
    /// `Lambda.PreconditionFailedException`
    pub const PRECONDITION_FAILED: &str = "Lambda.PreconditionFailedException";
    /// `Lambda.ProvisionedConcurrencyConfigNotFoundException`
    pub const PROVISIONED_CONCURRENCY_CONFIG_NOT_FOUND: &str = "Lambda.ProvisionedConcurrencyConfigNotFoundException";
    /// `Lambda.PublicPolicyException`
    pub const PUBLIC_POLICY: &str = "Lambda.PublicPolicyException";
    /// `Lambda.RecursiveInvocationException`
    pub const RECURSIVE_INVOCATION: &str = "Lambda.RecursiveInvocationException";
    /// `Lambda.RequestTooLargeException`
    pub const REQUEST_TOO_LARGE: &str = "Lambda.RequestTooLargeException";
    /// `Lambda.ResourceConflictException`
    pub const RESOURCE_CONFLICT: &str = "Lambda.ResourceConflictException";
    /// `Lambda.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "Lambda.ResourceInUseException";
    /// `Lambda.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Lambda.ResourceNotFoundException";
    /// `Lambda.ResourceNotReadyException`
    pub const RESOURCE_NOT_READY: &str = "Lambda.ResourceNotReadyException";
    /// `Lambda.RuntimeAliasDeletedException`
    pub const RUNTIME_ALIAS_DELETED: &str = "Lambda.RuntimeAliasDeletedException";
    /// `Lambda.RuntimeVersionDeletedException`
    pub const RUNTIME_VERSION_DELETED: &str = "Lambda.RuntimeVersionDeletedException";
    /// `Lambda.S3FilesMountConnectivityException`
    pub const S3_FILES_MOUNT_CONNECTIVITY: &str = "Lambda.S3FilesMountConnectivityException";
    /// `Lambda.S3FilesMountFailureException`
    pub const S3_FILES_MOUNT_FAILURE: &str = "Lambda.S3FilesMountFailureException";
    /// `Lambda.S3FilesMountTimeoutException`
    pub const S3_FILES_MOUNT_TIMEOUT: &str = "Lambda.S3FilesMountTimeoutException";
    /// `Lambda.SerializedRequestEntityTooLargeException`
    pub const SERIALIZED_REQUEST_ENTITY_TOO_LARGE: &str = "Lambda.SerializedRequestEntityTooLargeException";
    /// `Lambda.ServiceException`
    pub const SERVICE: &str = "Lambda.ServiceException";
    /// `Lambda.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Lambda.ServiceQuotaExceededException";
    /// `Lambda.SnapStartException`
    pub const SNAP_START: &str = "Lambda.SnapStartException";
    /// `Lambda.SnapStartNotReadyException`
    pub const SNAP_START_NOT_READY: &str = "Lambda.SnapStartNotReadyException";
    /// `Lambda.SnapStartRegenerationFailureException`
    pub const SNAP_START_REGENERATION_FAILURE: &str = "Lambda.SnapStartRegenerationFailureException";
    /// `Lambda.SnapStartTimeoutException`
    pub const SNAP_START_TIMEOUT: &str = "Lambda.SnapStartTimeoutException";
    /// `Lambda.SubnetIPAddressLimitReachedException`
    pub const SUBNET_IP_ADDRESS_LIMIT_REACHED: &str = "Lambda.SubnetIPAddressLimitReachedException";
    /// `Lambda.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "Lambda.TooManyRequestsException";
    /// `Lambda.UnsupportedMediaTypeException`
    pub const UNSUPPORTED_MEDIA_TYPE: &str = "Lambda.UnsupportedMediaTypeException";
}

/// `aws-sdk:lambdacore` errors.
pub mod lambdacore {
    /// `LambdaCore.InvalidParameterValueException`
    pub const INVALID_PARAMETER_VALUE: &str = "LambdaCore.InvalidParameterValueException";
    /// `LambdaCore.NetworkConnectorLimitExceededException`
    pub const NETWORK_CONNECTOR_LIMIT_EXCEEDED: &str = "LambdaCore.NetworkConnectorLimitExceededException";
    /// `LambdaCore.ResourceConflictException`
    pub const RESOURCE_CONFLICT: &str = "LambdaCore.ResourceConflictException";
    /// `LambdaCore.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "LambdaCore.ResourceNotFoundException";
    /// `LambdaCore.ServiceException`
    pub const SERVICE: &str = "LambdaCore.ServiceException";
    /// `LambdaCore.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "LambdaCore.ServiceQuotaExceededException";
    /// `LambdaCore.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "LambdaCore.TooManyRequestsException";
}

/// `aws-sdk:lambdamicrovms` errors.
pub mod lambdamicrovms {
    /// `LambdaMicrovms.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "LambdaMicrovms.AccessDeniedException";
    /// `LambdaMicrovms.ConflictException`
    pub const CONFLICT: &str = "LambdaMicrovms.ConflictException";
    /// `LambdaMicrovms.InsufficientCapacityException`
    pub const INSUFFICIENT_CAPACITY: &str = "LambdaMicrovms.InsufficientCapacityException";
    /// `LambdaMicrovms.InternalServerException`
    pub const INTERNAL_SERVER: &str = "LambdaMicrovms.InternalServerException";
    /// `LambdaMicrovms.InvalidParameterValueException`
    pub const INVALID_PARAMETER_VALUE: &str = "LambdaMicrovms.InvalidParameterValueException";
    /// `LambdaMicrovms.ResourceConflictException`
    pub const RESOURCE_CONFLICT: &str = "LambdaMicrovms.ResourceConflictException";
    /// `LambdaMicrovms.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "LambdaMicrovms.ResourceNotFoundException";
    /// `LambdaMicrovms.ServiceException`
    pub const SERVICE: &str = "LambdaMicrovms.ServiceException";
    /// `LambdaMicrovms.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "LambdaMicrovms.ServiceQuotaExceededException";
    /// `LambdaMicrovms.ThrottlingException`
    pub const THROTTLING: &str = "LambdaMicrovms.ThrottlingException";
    /// `LambdaMicrovms.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "LambdaMicrovms.TooManyRequestsException";
    /// `LambdaMicrovms.ValidationException`
    pub const VALIDATION: &str = "LambdaMicrovms.ValidationException";
}

/// `aws-sdk:lambdaweb` errors.
pub mod lambdaweb {
    /// `LambdaWeb.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "LambdaWeb.AccessDeniedException";
    /// `LambdaWeb.ConflictException`
    pub const CONFLICT: &str = "LambdaWeb.ConflictException";
    /// `LambdaWeb.InternalServerException`
    pub const INTERNAL_SERVER: &str = "LambdaWeb.InternalServerException";
    /// `LambdaWeb.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "LambdaWeb.ResourceNotFoundException";
    /// `LambdaWeb.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "LambdaWeb.ServiceQuotaExceededException";
    /// `LambdaWeb.ThrottlingException`
    pub const THROTTLING: &str = "LambdaWeb.ThrottlingException";
    /// `LambdaWeb.ValidationException`
    pub const VALIDATION: &str = "LambdaWeb.ValidationException";
}

/// `aws-sdk:launchwizard` errors.
pub mod launchwizard {
    /// `LaunchWizard.InternalServerException`
    pub const INTERNAL_SERVER: &str = "LaunchWizard.InternalServerException";
    /// `LaunchWizard.ResourceLimitException`
    pub const RESOURCE_LIMIT: &str = "LaunchWizard.ResourceLimitException";
    /// `LaunchWizard.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "LaunchWizard.ResourceNotFoundException";
    /// `LaunchWizard.ValidationException`
    pub const VALIDATION: &str = "LaunchWizard.ValidationException";
}

/// `aws-sdk:lexmodelbuilding` errors.
pub mod lexmodelbuilding {
    /// `LexModelBuilding.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "LexModelBuilding.AccessDeniedException";
    /// `LexModelBuilding.BadRequestException`
    pub const BAD_REQUEST: &str = "LexModelBuilding.BadRequestException";
    /// `LexModelBuilding.ConflictException`
    pub const CONFLICT: &str = "LexModelBuilding.ConflictException";
    /// `LexModelBuilding.InternalFailureException`
    pub const INTERNAL_FAILURE: &str = "LexModelBuilding.InternalFailureException";
    /// `LexModelBuilding.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "LexModelBuilding.LimitExceededException";
    /// `LexModelBuilding.NotFoundException`
    pub const NOT_FOUND: &str = "LexModelBuilding.NotFoundException";
    /// `LexModelBuilding.PreconditionFailedException`
    pub const PRECONDITION_FAILED: &str = "LexModelBuilding.PreconditionFailedException";
    /// `LexModelBuilding.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "LexModelBuilding.ResourceInUseException";
}

/// `aws-sdk:lexmodelsv2` errors.
pub mod lexmodelsv2 {
    /// `LexModelsV2.ConflictException`
    pub const CONFLICT: &str = "LexModelsV2.ConflictException";
    /// `LexModelsV2.InternalServerException`
    pub const INTERNAL_SERVER: &str = "LexModelsV2.InternalServerException";
    /// `LexModelsV2.PreconditionFailedException`
    pub const PRECONDITION_FAILED: &str = "LexModelsV2.PreconditionFailedException";
    /// `LexModelsV2.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "LexModelsV2.ResourceNotFoundException";
    /// `LexModelsV2.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "LexModelsV2.ServiceQuotaExceededException";
    /// `LexModelsV2.ThrottlingException`
    pub const THROTTLING: &str = "LexModelsV2.ThrottlingException";
    /// `LexModelsV2.ValidationException`
    pub const VALIDATION: &str = "LexModelsV2.ValidationException";
}

/// `aws-sdk:lexruntime` errors.
pub mod lexruntime {
    /// `LexRuntime.BadGatewayException`
    pub const BAD_GATEWAY: &str = "LexRuntime.BadGatewayException";
    /// `LexRuntime.BadRequestException`
    pub const BAD_REQUEST: &str = "LexRuntime.BadRequestException";
    /// `LexRuntime.ConflictException`
    pub const CONFLICT: &str = "LexRuntime.ConflictException";
    /// `LexRuntime.DependencyFailedException`
    pub const DEPENDENCY_FAILED: &str = "LexRuntime.DependencyFailedException";
    /// `LexRuntime.InternalFailureException`
    pub const INTERNAL_FAILURE: &str = "LexRuntime.InternalFailureException";
    /// `LexRuntime.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "LexRuntime.LimitExceededException";
    /// `LexRuntime.LoopDetectedException`
    pub const LOOP_DETECTED: &str = "LexRuntime.LoopDetectedException";
    /// `LexRuntime.NotAcceptableException`
    pub const NOT_ACCEPTABLE: &str = "LexRuntime.NotAcceptableException";
    /// `LexRuntime.NotFoundException`
    pub const NOT_FOUND: &str = "LexRuntime.NotFoundException";
    /// `LexRuntime.RequestTimeoutException`
    pub const REQUEST_TIMEOUT: &str = "LexRuntime.RequestTimeoutException";
    /// `LexRuntime.UnsupportedMediaTypeException`
    pub const UNSUPPORTED_MEDIA_TYPE: &str = "LexRuntime.UnsupportedMediaTypeException";
}

/// `aws-sdk:lexruntimev2` errors.
pub mod lexruntimev2 {
    /// `LexRuntimeV2.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "LexRuntimeV2.AccessDeniedException";
    /// `LexRuntimeV2.BadGatewayException`
    pub const BAD_GATEWAY: &str = "LexRuntimeV2.BadGatewayException";
    /// `LexRuntimeV2.ConflictException`
    pub const CONFLICT: &str = "LexRuntimeV2.ConflictException";
    /// `LexRuntimeV2.DependencyFailedException`
    pub const DEPENDENCY_FAILED: &str = "LexRuntimeV2.DependencyFailedException";
    /// `LexRuntimeV2.InternalServerException`
    pub const INTERNAL_SERVER: &str = "LexRuntimeV2.InternalServerException";
    /// `LexRuntimeV2.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "LexRuntimeV2.ResourceNotFoundException";
    /// `LexRuntimeV2.ThrottlingException`
    pub const THROTTLING: &str = "LexRuntimeV2.ThrottlingException";
    /// `LexRuntimeV2.ValidationException`
    pub const VALIDATION: &str = "LexRuntimeV2.ValidationException";
}

/// `aws-sdk:licensemanager` errors.
pub mod licensemanager {
    /// `LicenseManager.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "LicenseManager.AccessDeniedException";
    /// `LicenseManager.AuthorizationException`
    pub const AUTHORIZATION: &str = "LicenseManager.AuthorizationException";
    /// `LicenseManager.ConflictException`
    pub const CONFLICT: &str = "LicenseManager.ConflictException";
    /// `LicenseManager.EntitlementNotAllowedException`
    pub const ENTITLEMENT_NOT_ALLOWED: &str = "LicenseManager.EntitlementNotAllowedException";
    /// `LicenseManager.FailedDependencyException`
    pub const FAILED_DEPENDENCY: &str = "LicenseManager.FailedDependencyException";
    /// `LicenseManager.FilterLimitExceededException`
    pub const FILTER_LIMIT_EXCEEDED: &str = "LicenseManager.FilterLimitExceededException";
    /// `LicenseManager.InvalidParameterValueException`
    pub const INVALID_PARAMETER_VALUE: &str = "LicenseManager.InvalidParameterValueException";
    /// `LicenseManager.InvalidResourceStateException`
    pub const INVALID_RESOURCE_STATE: &str = "LicenseManager.InvalidResourceStateException";
    /// `LicenseManager.LicenseUsageException`
    pub const LICENSE_USAGE: &str = "LicenseManager.LicenseUsageException";
    /// `LicenseManager.NoEntitlementsAllowedException`
    pub const NO_ENTITLEMENTS_ALLOWED: &str = "LicenseManager.NoEntitlementsAllowedException";
    /// `LicenseManager.RateLimitExceededException`
    pub const RATE_LIMIT_EXCEEDED: &str = "LicenseManager.RateLimitExceededException";
    /// `LicenseManager.RedirectException`
    pub const REDIRECT: &str = "LicenseManager.RedirectException";
    /// `LicenseManager.ResourceLimitExceededException`
    pub const RESOURCE_LIMIT_EXCEEDED: &str = "LicenseManager.ResourceLimitExceededException";
    /// `LicenseManager.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "LicenseManager.ResourceNotFoundException";
    /// `LicenseManager.ServerInternalException`
    pub const SERVER_INTERNAL: &str = "LicenseManager.ServerInternalException";
    /// `LicenseManager.UnsupportedDigitalSignatureMethodException`
    pub const UNSUPPORTED_DIGITAL_SIGNATURE_METHOD: &str = "LicenseManager.UnsupportedDigitalSignatureMethodException";
    /// `LicenseManager.ValidationException`
    pub const VALIDATION: &str = "LicenseManager.ValidationException";
}

/// `aws-sdk:licensemanagerlinuxsubscriptions` errors.
pub mod licensemanagerlinuxsubscriptions {
    /// `LicenseManagerLinuxSubscriptions.InternalServerException`
    pub const INTERNAL_SERVER: &str = "LicenseManagerLinuxSubscriptions.InternalServerException";
    /// `LicenseManagerLinuxSubscriptions.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "LicenseManagerLinuxSubscriptions.ResourceNotFoundException";
    /// `LicenseManagerLinuxSubscriptions.ThrottlingException`
    pub const THROTTLING: &str = "LicenseManagerLinuxSubscriptions.ThrottlingException";
    /// `LicenseManagerLinuxSubscriptions.ValidationException`
    pub const VALIDATION: &str = "LicenseManagerLinuxSubscriptions.ValidationException";
}

/// `aws-sdk:licensemanagerusersubscriptions` errors.
pub mod licensemanagerusersubscriptions {
    /// `LicenseManagerUserSubscriptions.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "LicenseManagerUserSubscriptions.AccessDeniedException";
    /// `LicenseManagerUserSubscriptions.ConflictException`
    pub const CONFLICT: &str = "LicenseManagerUserSubscriptions.ConflictException";
    /// `LicenseManagerUserSubscriptions.InternalServerException`
    pub const INTERNAL_SERVER: &str = "LicenseManagerUserSubscriptions.InternalServerException";
    /// `LicenseManagerUserSubscriptions.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "LicenseManagerUserSubscriptions.ResourceNotFoundException";
    /// `LicenseManagerUserSubscriptions.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "LicenseManagerUserSubscriptions.ServiceQuotaExceededException";
    /// `LicenseManagerUserSubscriptions.ThrottlingException`
    pub const THROTTLING: &str = "LicenseManagerUserSubscriptions.ThrottlingException";
    /// `LicenseManagerUserSubscriptions.ValidationException`
    pub const VALIDATION: &str = "LicenseManagerUserSubscriptions.ValidationException";
}

/// `aws-sdk:lightsail` errors.
pub mod lightsail {
    /// `Lightsail.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Lightsail.AccessDeniedException";
    /// `Lightsail.AccountSetupInProgressException`
    pub const ACCOUNT_SETUP_IN_PROGRESS: &str = "Lightsail.AccountSetupInProgressException";
    /// `Lightsail.InvalidInputException`
    pub const INVALID_INPUT: &str = "Lightsail.InvalidInputException";
    /// `Lightsail.NotFoundException`
    pub const NOT_FOUND: &str = "Lightsail.NotFoundException";
    /// `Lightsail.OperationFailureException`
    pub const OPERATION_FAILURE: &str = "Lightsail.OperationFailureException";
    /// `Lightsail.RegionSetupInProgressException`
    pub const REGION_SETUP_IN_PROGRESS: &str = "Lightsail.RegionSetupInProgressException";
    /// `Lightsail.ServiceException`
    pub const SERVICE: &str = "Lightsail.ServiceException";
    /// `Lightsail.UnauthenticatedException`
    pub const UNAUTHENTICATED: &str = "Lightsail.UnauthenticatedException";
}

/// `aws-sdk:location` errors.
pub mod location {
    /// `Location.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Location.AccessDeniedException";
    /// `Location.ConflictException`
    pub const CONFLICT: &str = "Location.ConflictException";
    /// `Location.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Location.InternalServerException";
    /// `Location.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Location.ResourceNotFoundException";
    /// `Location.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Location.ServiceQuotaExceededException";
    /// `Location.ThrottlingException`
    pub const THROTTLING: &str = "Location.ThrottlingException";
    /// `Location.ValidationException`
    pub const VALIDATION: &str = "Location.ValidationException";
}

/// `aws-sdk:lookoutequipment` errors.
pub mod lookoutequipment {
    /// `LookoutEquipment.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "LookoutEquipment.AccessDeniedException";
    /// `LookoutEquipment.ConflictException`
    pub const CONFLICT: &str = "LookoutEquipment.ConflictException";
    /// `LookoutEquipment.InternalServerException`
    pub const INTERNAL_SERVER: &str = "LookoutEquipment.InternalServerException";
    /// `LookoutEquipment.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "LookoutEquipment.ResourceNotFoundException";
    /// `LookoutEquipment.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "LookoutEquipment.ServiceQuotaExceededException";
    /// `LookoutEquipment.ThrottlingException`
    pub const THROTTLING: &str = "LookoutEquipment.ThrottlingException";
    /// `LookoutEquipment.ValidationException`
    pub const VALIDATION: &str = "LookoutEquipment.ValidationException";
}

/// `aws-sdk:m2` errors.
pub mod m2 {
    /// `M2.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "M2.AccessDeniedException";
    /// `M2.ConflictException`
    pub const CONFLICT: &str = "M2.ConflictException";
    /// `M2.ExecutionTimeoutException`
    pub const EXECUTION_TIMEOUT: &str = "M2.ExecutionTimeoutException";
    /// `M2.InternalServerException`
    pub const INTERNAL_SERVER: &str = "M2.InternalServerException";
    /// `M2.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "M2.ResourceNotFoundException";
    /// `M2.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "M2.ServiceQuotaExceededException";
    /// `M2.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "M2.ServiceUnavailableException";
    /// `M2.ThrottlingException`
    pub const THROTTLING: &str = "M2.ThrottlingException";
    /// `M2.ValidationException`
    pub const VALIDATION: &str = "M2.ValidationException";
}

/// `aws-sdk:machinelearning` errors.
pub mod machinelearning {
    /// `MachineLearning.IdempotentParameterMismatchException`
    pub const IDEMPOTENT_PARAMETER_MISMATCH: &str = "MachineLearning.IdempotentParameterMismatchException";
    /// `MachineLearning.InternalServerException`
    pub const INTERNAL_SERVER: &str = "MachineLearning.InternalServerException";
    /// `MachineLearning.InvalidInputException`
    pub const INVALID_INPUT: &str = "MachineLearning.InvalidInputException";
    /// `MachineLearning.InvalidTagException`
    pub const INVALID_TAG: &str = "MachineLearning.InvalidTagException";
    /// `MachineLearning.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "MachineLearning.LimitExceededException";
    /// `MachineLearning.PredictorNotMountedException`
    pub const PREDICTOR_NOT_MOUNTED: &str = "MachineLearning.PredictorNotMountedException";
    /// `MachineLearning.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "MachineLearning.ResourceNotFoundException";
    /// `MachineLearning.TagLimitExceededException`
    pub const TAG_LIMIT_EXCEEDED: &str = "MachineLearning.TagLimitExceededException";
}

/// `aws-sdk:macie2` errors.
pub mod macie2 {
    /// `Macie2.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Macie2.AccessDeniedException";
    /// `Macie2.ConflictException`
    pub const CONFLICT: &str = "Macie2.ConflictException";
    /// `Macie2.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Macie2.InternalServerException";
    /// `Macie2.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Macie2.ResourceNotFoundException";
    /// `Macie2.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Macie2.ServiceQuotaExceededException";
    /// `Macie2.ThrottlingException`
    pub const THROTTLING: &str = "Macie2.ThrottlingException";
    /// `Macie2.UnprocessableEntityException`
    pub const UNPROCESSABLE_ENTITY: &str = "Macie2.UnprocessableEntityException";
    /// `Macie2.ValidationException`
    pub const VALIDATION: &str = "Macie2.ValidationException";
}

/// `aws-sdk:mailmanager` errors.
pub mod mailmanager {
    /// `MailManager.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "MailManager.AccessDeniedException";
    /// `MailManager.ConflictException`
    pub const CONFLICT: &str = "MailManager.ConflictException";
    /// `MailManager.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "MailManager.ResourceNotFoundException";
    /// `MailManager.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "MailManager.ServiceQuotaExceededException";
    /// `MailManager.ThrottlingException`
    pub const THROTTLING: &str = "MailManager.ThrottlingException";
    /// `MailManager.ValidationException`
    pub const VALIDATION: &str = "MailManager.ValidationException";
}

/// `aws-sdk:managedblockchain` errors.
pub mod managedblockchain {
    /// `ManagedBlockchain.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "ManagedBlockchain.AccessDeniedException";
    /// `ManagedBlockchain.IllegalActionException`
    pub const ILLEGAL_ACTION: &str = "ManagedBlockchain.IllegalActionException";
    /// `ManagedBlockchain.InternalServiceErrorException`
    pub const INTERNAL_SERVICE_ERROR: &str = "ManagedBlockchain.InternalServiceErrorException";
    /// `ManagedBlockchain.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "ManagedBlockchain.InvalidRequestException";
    /// `ManagedBlockchain.ResourceAlreadyExistsException`
    pub const RESOURCE_ALREADY_EXISTS: &str = "ManagedBlockchain.ResourceAlreadyExistsException";
    /// `ManagedBlockchain.ResourceLimitExceededException`
    pub const RESOURCE_LIMIT_EXCEEDED: &str = "ManagedBlockchain.ResourceLimitExceededException";
    /// `ManagedBlockchain.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ManagedBlockchain.ResourceNotFoundException";
    /// `ManagedBlockchain.ResourceNotReadyException`
    pub const RESOURCE_NOT_READY: &str = "ManagedBlockchain.ResourceNotReadyException";
    /// `ManagedBlockchain.ThrottlingException`
    pub const THROTTLING: &str = "ManagedBlockchain.ThrottlingException";
    /// `ManagedBlockchain.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "ManagedBlockchain.TooManyTagsException";
}

/// `aws-sdk:managedblockchainquery` errors.
pub mod managedblockchainquery {
    /// `ManagedBlockchainQuery.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "ManagedBlockchainQuery.AccessDeniedException";
    /// `ManagedBlockchainQuery.InternalServerException`
    pub const INTERNAL_SERVER: &str = "ManagedBlockchainQuery.InternalServerException";
    /// `ManagedBlockchainQuery.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ManagedBlockchainQuery.ResourceNotFoundException";
    /// `ManagedBlockchainQuery.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "ManagedBlockchainQuery.ServiceQuotaExceededException";
    /// `ManagedBlockchainQuery.ThrottlingException`
    pub const THROTTLING: &str = "ManagedBlockchainQuery.ThrottlingException";
    /// `ManagedBlockchainQuery.ValidationException`
    pub const VALIDATION: &str = "ManagedBlockchainQuery.ValidationException";
}

/// `aws-sdk:marketplaceagreement` errors.
pub mod marketplaceagreement {
    /// `MarketplaceAgreement.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "MarketplaceAgreement.AccessDeniedException";
    /// `MarketplaceAgreement.ConflictException`
    pub const CONFLICT: &str = "MarketplaceAgreement.ConflictException";
    /// `MarketplaceAgreement.InternalServerException`
    pub const INTERNAL_SERVER: &str = "MarketplaceAgreement.InternalServerException";
    /// `MarketplaceAgreement.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "MarketplaceAgreement.ResourceNotFoundException";
    /// `MarketplaceAgreement.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "MarketplaceAgreement.ServiceQuotaExceededException";
    /// `MarketplaceAgreement.ThrottlingException`
    pub const THROTTLING: &str = "MarketplaceAgreement.ThrottlingException";
    /// `MarketplaceAgreement.ValidationException`
    pub const VALIDATION: &str = "MarketplaceAgreement.ValidationException";
}

/// `aws-sdk:marketplacecatalog` errors.
pub mod marketplacecatalog {
    /// `MarketplaceCatalog.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "MarketplaceCatalog.AccessDeniedException";
    /// `MarketplaceCatalog.InternalServiceException`
    pub const INTERNAL_SERVICE: &str = "MarketplaceCatalog.InternalServiceException";
    /// `MarketplaceCatalog.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "MarketplaceCatalog.ResourceInUseException";
    /// `MarketplaceCatalog.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "MarketplaceCatalog.ResourceNotFoundException";
    /// `MarketplaceCatalog.ResourceNotSupportedException`
    pub const RESOURCE_NOT_SUPPORTED: &str = "MarketplaceCatalog.ResourceNotSupportedException";
    /// `MarketplaceCatalog.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "MarketplaceCatalog.ServiceQuotaExceededException";
    /// `MarketplaceCatalog.ThrottlingException`
    pub const THROTTLING: &str = "MarketplaceCatalog.ThrottlingException";
    /// `MarketplaceCatalog.ValidationException`
    pub const VALIDATION: &str = "MarketplaceCatalog.ValidationException";
}

/// `aws-sdk:marketplacecommerceanalytics` errors.
pub mod marketplacecommerceanalytics {
    /// `MarketplaceCommerceAnalytics.MarketplaceCommerceAnalyticsException`
    pub const MARKETPLACE_COMMERCE_ANALYTICS: &str = "MarketplaceCommerceAnalytics.MarketplaceCommerceAnalyticsException";
}

/// `aws-sdk:marketplacedeployment` errors.
pub mod marketplacedeployment {
    /// `MarketplaceDeployment.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "MarketplaceDeployment.AccessDeniedException";
    /// `MarketplaceDeployment.ConflictException`
    pub const CONFLICT: &str = "MarketplaceDeployment.ConflictException";
    /// `MarketplaceDeployment.InternalServerException`
    pub const INTERNAL_SERVER: &str = "MarketplaceDeployment.InternalServerException";
    /// `MarketplaceDeployment.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "MarketplaceDeployment.ResourceNotFoundException";
    /// `MarketplaceDeployment.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "MarketplaceDeployment.ServiceQuotaExceededException";
    /// `MarketplaceDeployment.ThrottlingException`
    pub const THROTTLING: &str = "MarketplaceDeployment.ThrottlingException";
    /// `MarketplaceDeployment.ValidationException`
    pub const VALIDATION: &str = "MarketplaceDeployment.ValidationException";
}

/// `aws-sdk:marketplacediscovery` errors.
pub mod marketplacediscovery {
    /// `MarketplaceDiscovery.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "MarketplaceDiscovery.AccessDeniedException";
    /// `MarketplaceDiscovery.InternalServerException`
    pub const INTERNAL_SERVER: &str = "MarketplaceDiscovery.InternalServerException";
    /// `MarketplaceDiscovery.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "MarketplaceDiscovery.ResourceNotFoundException";
    /// `MarketplaceDiscovery.ThrottlingException`
    pub const THROTTLING: &str = "MarketplaceDiscovery.ThrottlingException";
    /// `MarketplaceDiscovery.ValidationException`
    pub const VALIDATION: &str = "MarketplaceDiscovery.ValidationException";
}

/// `aws-sdk:marketplaceentitlement` errors.
pub mod marketplaceentitlement {
    /// `MarketplaceEntitlement.InternalServiceErrorException`
    pub const INTERNAL_SERVICE_ERROR: &str = "MarketplaceEntitlement.InternalServiceErrorException";
    /// `MarketplaceEntitlement.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "MarketplaceEntitlement.InvalidParameterException";
    /// `MarketplaceEntitlement.ThrottlingException`
    pub const THROTTLING: &str = "MarketplaceEntitlement.ThrottlingException";
}

/// `aws-sdk:marketplacemetering` errors.
pub mod marketplacemetering {
    /// `MarketplaceMetering.CustomerNotEntitledException`
    pub const CUSTOMER_NOT_ENTITLED: &str = "MarketplaceMetering.CustomerNotEntitledException";
    /// `MarketplaceMetering.DisabledApiException`
    pub const DISABLED_API: &str = "MarketplaceMetering.DisabledApiException";
    /// `MarketplaceMetering.DuplicateRequestException`
    pub const DUPLICATE_REQUEST: &str = "MarketplaceMetering.DuplicateRequestException";
    /// `MarketplaceMetering.ExpiredTokenException`
    pub const EXPIRED_TOKEN: &str = "MarketplaceMetering.ExpiredTokenException";
    /// `MarketplaceMetering.IdempotencyConflictException`
    pub const IDEMPOTENCY_CONFLICT: &str = "MarketplaceMetering.IdempotencyConflictException";
    /// `MarketplaceMetering.InternalServiceErrorException`
    pub const INTERNAL_SERVICE_ERROR: &str = "MarketplaceMetering.InternalServiceErrorException";
    /// `MarketplaceMetering.InvalidCustomerIdentifierException`
    pub const INVALID_CUSTOMER_IDENTIFIER: &str = "MarketplaceMetering.InvalidCustomerIdentifierException";
    /// `MarketplaceMetering.InvalidEndpointRegionException`
    pub const INVALID_ENDPOINT_REGION: &str = "MarketplaceMetering.InvalidEndpointRegionException";
    /// `MarketplaceMetering.InvalidLicenseException`
    pub const INVALID_LICENSE: &str = "MarketplaceMetering.InvalidLicenseException";
    /// `MarketplaceMetering.InvalidProductCodeException`
    pub const INVALID_PRODUCT_CODE: &str = "MarketplaceMetering.InvalidProductCodeException";
    /// `MarketplaceMetering.InvalidPublicKeyVersionException`
    pub const INVALID_PUBLIC_KEY_VERSION: &str = "MarketplaceMetering.InvalidPublicKeyVersionException";
    /// `MarketplaceMetering.InvalidRegionException`
    pub const INVALID_REGION: &str = "MarketplaceMetering.InvalidRegionException";
    /// `MarketplaceMetering.InvalidTagException`
    pub const INVALID_TAG: &str = "MarketplaceMetering.InvalidTagException";
    /// `MarketplaceMetering.InvalidTokenException`
    pub const INVALID_TOKEN: &str = "MarketplaceMetering.InvalidTokenException";
    /// `MarketplaceMetering.InvalidUsageAllocationsException`
    pub const INVALID_USAGE_ALLOCATIONS: &str = "MarketplaceMetering.InvalidUsageAllocationsException";
    /// `MarketplaceMetering.InvalidUsageDimensionException`
    pub const INVALID_USAGE_DIMENSION: &str = "MarketplaceMetering.InvalidUsageDimensionException";
    /// `MarketplaceMetering.PlatformNotSupportedException`
    pub const PLATFORM_NOT_SUPPORTED: &str = "MarketplaceMetering.PlatformNotSupportedException";
    /// `MarketplaceMetering.ThrottlingException`
    pub const THROTTLING: &str = "MarketplaceMetering.ThrottlingException";
    /// `MarketplaceMetering.TimestampOutOfBoundsException`
    pub const TIMESTAMP_OUT_OF_BOUNDS: &str = "MarketplaceMetering.TimestampOutOfBoundsException";
}

/// `aws-sdk:marketplacereporting` errors.
pub mod marketplacereporting {
    /// `MarketplaceReporting.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "MarketplaceReporting.AccessDeniedException";
    /// `MarketplaceReporting.BadRequestException`
    pub const BAD_REQUEST: &str = "MarketplaceReporting.BadRequestException";
    /// `MarketplaceReporting.InternalServerException`
    pub const INTERNAL_SERVER: &str = "MarketplaceReporting.InternalServerException";
    /// `MarketplaceReporting.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "MarketplaceReporting.UnauthorizedException";
}

/// `aws-sdk:mediaconnect` errors.
pub mod mediaconnect {
    /// `MediaConnect.AddFlowOutputs420Exception`
    pub const ADD_FLOW_OUTPUTS420: &str = "MediaConnect.AddFlowOutputs420Exception";
    /// `MediaConnect.BadRequestException`
    pub const BAD_REQUEST: &str = "MediaConnect.BadRequestException";
    /// `MediaConnect.ConflictException`
    pub const CONFLICT: &str = "MediaConnect.ConflictException";
    /// `MediaConnect.CreateBridge420Exception`
    pub const CREATE_BRIDGE420: &str = "MediaConnect.CreateBridge420Exception";
    /// `MediaConnect.CreateFlow420Exception`
    pub const CREATE_FLOW420: &str = "MediaConnect.CreateFlow420Exception";
    /// `MediaConnect.CreateGateway420Exception`
    pub const CREATE_GATEWAY420: &str = "MediaConnect.CreateGateway420Exception";
    /// `MediaConnect.DestinationEndpointServiceQuotaExceededException`
    pub const DESTINATION_ENDPOINT_SERVICE_QUOTA_EXCEEDED: &str = "MediaConnect.DestinationEndpointServiceQuotaExceededException";
    /// `MediaConnect.ForbiddenException`
    pub const FORBIDDEN: &str = "MediaConnect.ForbiddenException";
    /// `MediaConnect.GrantFlowEntitlements420Exception`
    pub const GRANT_FLOW_ENTITLEMENTS420: &str = "MediaConnect.GrantFlowEntitlements420Exception";
    /// `MediaConnect.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "MediaConnect.InternalServerErrorException";
    /// `MediaConnect.NotFoundException`
    pub const NOT_FOUND: &str = "MediaConnect.NotFoundException";
    /// `MediaConnect.RouterInputServiceQuotaExceededException`
    pub const ROUTER_INPUT_SERVICE_QUOTA_EXCEEDED: &str = "MediaConnect.RouterInputServiceQuotaExceededException";
    /// `MediaConnect.RouterNetworkInterfaceServiceQuotaExceededException`
    pub const ROUTER_NETWORK_INTERFACE_SERVICE_QUOTA_EXCEEDED: &str = "MediaConnect.RouterNetworkInterfaceServiceQuotaExceededException";
    /// `MediaConnect.RouterOutputServiceQuotaExceededException`
    pub const ROUTER_OUTPUT_SERVICE_QUOTA_EXCEEDED: &str = "MediaConnect.RouterOutputServiceQuotaExceededException";
    /// `MediaConnect.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "MediaConnect.ServiceUnavailableException";
    /// `MediaConnect.SourceEndpointServiceQuotaExceededException`
    pub const SOURCE_ENDPOINT_SERVICE_QUOTA_EXCEEDED: &str = "MediaConnect.SourceEndpointServiceQuotaExceededException";
    /// `MediaConnect.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "MediaConnect.TooManyRequestsException";
}

/// `aws-sdk:mediaconvert` errors.
pub mod mediaconvert {
    /// `MediaConvert.BadRequestException`
    pub const BAD_REQUEST: &str = "MediaConvert.BadRequestException";
    /// `MediaConvert.ConflictException`
    pub const CONFLICT: &str = "MediaConvert.ConflictException";
    /// `MediaConvert.ForbiddenException`
    pub const FORBIDDEN: &str = "MediaConvert.ForbiddenException";
    /// `MediaConvert.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "MediaConvert.InternalServerErrorException";
    /// `MediaConvert.NotFoundException`
    pub const NOT_FOUND: &str = "MediaConvert.NotFoundException";
    /// `MediaConvert.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "MediaConvert.ServiceQuotaExceededException";
    /// `MediaConvert.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "MediaConvert.TooManyRequestsException";
    /// `MediaConvert.UnprocessableEntityException`
    pub const UNPROCESSABLE_ENTITY: &str = "MediaConvert.UnprocessableEntityException";
}

/// `aws-sdk:medialive` errors.
pub mod medialive {
    /// `MediaLive.BadGatewayException`
    pub const BAD_GATEWAY: &str = "MediaLive.BadGatewayException";
    /// `MediaLive.BadRequestException`
    pub const BAD_REQUEST: &str = "MediaLive.BadRequestException";
    /// `MediaLive.ConflictException`
    pub const CONFLICT: &str = "MediaLive.ConflictException";
    /// `MediaLive.ForbiddenException`
    pub const FORBIDDEN: &str = "MediaLive.ForbiddenException";
    /// `MediaLive.GatewayTimeoutException`
    pub const GATEWAY_TIMEOUT: &str = "MediaLive.GatewayTimeoutException";
    /// `MediaLive.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "MediaLive.InternalServerErrorException";
    /// `MediaLive.NotFoundException`
    pub const NOT_FOUND: &str = "MediaLive.NotFoundException";
    /// `MediaLive.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "MediaLive.TooManyRequestsException";
    /// `MediaLive.UnprocessableEntityException`
    pub const UNPROCESSABLE_ENTITY: &str = "MediaLive.UnprocessableEntityException";
}

/// `aws-sdk:mediapackage` errors.
pub mod mediapackage {
    /// `MediaPackage.ForbiddenException`
    pub const FORBIDDEN: &str = "MediaPackage.ForbiddenException";
    /// `MediaPackage.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "MediaPackage.InternalServerErrorException";
    /// `MediaPackage.NotFoundException`
    pub const NOT_FOUND: &str = "MediaPackage.NotFoundException";
    /// `MediaPackage.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "MediaPackage.ServiceUnavailableException";
    /// `MediaPackage.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "MediaPackage.TooManyRequestsException";
    /// `MediaPackage.UnprocessableEntityException`
    pub const UNPROCESSABLE_ENTITY: &str = "MediaPackage.UnprocessableEntityException";
}

/// `aws-sdk:mediapackagev2` errors.
pub mod mediapackagev2 {
    /// `MediaPackageV2.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "MediaPackageV2.AccessDeniedException";
    /// `MediaPackageV2.ConflictException`
    pub const CONFLICT: &str = "MediaPackageV2.ConflictException";
    /// `MediaPackageV2.InternalServerException`
    pub const INTERNAL_SERVER: &str = "MediaPackageV2.InternalServerException";
    /// `MediaPackageV2.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "MediaPackageV2.ResourceNotFoundException";
    /// `MediaPackageV2.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "MediaPackageV2.ServiceQuotaExceededException";
    /// `MediaPackageV2.ThrottlingException`
    pub const THROTTLING: &str = "MediaPackageV2.ThrottlingException";
    /// `MediaPackageV2.ValidationException`
    pub const VALIDATION: &str = "MediaPackageV2.ValidationException";
}

/// `aws-sdk:mediapackagevod` errors.
pub mod mediapackagevod {
    /// `MediaPackageVod.ForbiddenException`
    pub const FORBIDDEN: &str = "MediaPackageVod.ForbiddenException";
    /// `MediaPackageVod.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "MediaPackageVod.InternalServerErrorException";
    /// `MediaPackageVod.NotFoundException`
    pub const NOT_FOUND: &str = "MediaPackageVod.NotFoundException";
    /// `MediaPackageVod.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "MediaPackageVod.ServiceUnavailableException";
    /// `MediaPackageVod.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "MediaPackageVod.TooManyRequestsException";
    /// `MediaPackageVod.UnprocessableEntityException`
    pub const UNPROCESSABLE_ENTITY: &str = "MediaPackageVod.UnprocessableEntityException";
}

/// `aws-sdk:mediastore` errors.
pub mod mediastore {
    /// `MediaStore.ContainerInUseException`
    pub const CONTAINER_IN_USE: &str = "MediaStore.ContainerInUseException";
    /// `MediaStore.ContainerNotFoundException`
    pub const CONTAINER_NOT_FOUND: &str = "MediaStore.ContainerNotFoundException";
    /// `MediaStore.CorsPolicyNotFoundException`
    pub const CORS_POLICY_NOT_FOUND: &str = "MediaStore.CorsPolicyNotFoundException";
    /// `MediaStore.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "MediaStore.InternalServerErrorException";
    /// `MediaStore.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "MediaStore.LimitExceededException";
    /// `MediaStore.PolicyNotFoundException`
    pub const POLICY_NOT_FOUND: &str = "MediaStore.PolicyNotFoundException";
}

/// `aws-sdk:mediastoredata` errors.
pub mod mediastoredata {
    /// `MediaStoreData.ContainerNotFoundException`
    pub const CONTAINER_NOT_FOUND: &str = "MediaStoreData.ContainerNotFoundException";
    /// `MediaStoreData.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "MediaStoreData.InternalServerErrorException";
    /// `MediaStoreData.ObjectNotFoundException`
    pub const OBJECT_NOT_FOUND: &str = "MediaStoreData.ObjectNotFoundException";
    /// `MediaStoreData.RequestedRangeNotSatisfiableException`
    pub const REQUESTED_RANGE_NOT_SATISFIABLE: &str = "MediaStoreData.RequestedRangeNotSatisfiableException";
}

/// `aws-sdk:mediatailor` errors.
pub mod mediatailor {
    /// `MediaTailor.BadRequestException`
    pub const BAD_REQUEST: &str = "MediaTailor.BadRequestException";
}

/// `aws-sdk:medicalimaging` errors.
pub mod medicalimaging {
    /// `MedicalImaging.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "MedicalImaging.AccessDeniedException";
    /// `MedicalImaging.BadRequestException`
    pub const BAD_REQUEST: &str = "MedicalImaging.BadRequestException";
    /// `MedicalImaging.ConflictException`
    pub const CONFLICT: &str = "MedicalImaging.ConflictException";
    /// `MedicalImaging.InternalServerException`
    pub const INTERNAL_SERVER: &str = "MedicalImaging.InternalServerException";
    /// `MedicalImaging.NotAcceptableException`
    pub const NOT_ACCEPTABLE: &str = "MedicalImaging.NotAcceptableException";
    /// `MedicalImaging.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "MedicalImaging.ResourceNotFoundException";
    /// `MedicalImaging.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "MedicalImaging.ServiceQuotaExceededException";
    /// `MedicalImaging.ThrottlingException`
    pub const THROTTLING: &str = "MedicalImaging.ThrottlingException";
    /// `MedicalImaging.ValidationException`
    pub const VALIDATION: &str = "MedicalImaging.ValidationException";
}

/// `aws-sdk:memorydb` errors.
pub mod memorydb {
    /// `MemoryDb.ACLAlreadyExistsFaultException`
    pub const ACL_ALREADY_EXISTS_FAULT: &str = "MemoryDb.ACLAlreadyExistsFaultException";
    /// `MemoryDb.ACLNotFoundFaultException`
    pub const ACL_NOT_FOUND_FAULT: &str = "MemoryDb.ACLNotFoundFaultException";
    /// `MemoryDb.ACLQuotaExceededFaultException`
    pub const ACL_QUOTA_EXCEEDED_FAULT: &str = "MemoryDb.ACLQuotaExceededFaultException";
    /// `MemoryDb.APICallRateForCustomerExceededFaultException`
    pub const API_CALL_RATE_FOR_CUSTOMER_EXCEEDED_FAULT: &str = "MemoryDb.APICallRateForCustomerExceededFaultException";
    /// `MemoryDb.ClusterAlreadyExistsFaultException`
    pub const CLUSTER_ALREADY_EXISTS_FAULT: &str = "MemoryDb.ClusterAlreadyExistsFaultException";
    /// `MemoryDb.ClusterNotFoundFaultException`
    pub const CLUSTER_NOT_FOUND_FAULT: &str = "MemoryDb.ClusterNotFoundFaultException";
    /// `MemoryDb.ClusterQuotaForCustomerExceededFaultException`
    pub const CLUSTER_QUOTA_FOR_CUSTOMER_EXCEEDED_FAULT: &str = "MemoryDb.ClusterQuotaForCustomerExceededFaultException";
    /// `MemoryDb.DefaultUserRequiredException`
    pub const DEFAULT_USER_REQUIRED: &str = "MemoryDb.DefaultUserRequiredException";
    /// `MemoryDb.DuplicateUserNameFaultException`
    pub const DUPLICATE_USER_NAME_FAULT: &str = "MemoryDb.DuplicateUserNameFaultException";
    /// `MemoryDb.InsufficientClusterCapacityFaultException`
    pub const INSUFFICIENT_CLUSTER_CAPACITY_FAULT: &str = "MemoryDb.InsufficientClusterCapacityFaultException";
    /// `MemoryDb.InvalidACLStateFaultException`
    pub const INVALID_ACL_STATE_FAULT: &str = "MemoryDb.InvalidACLStateFaultException";
    /// `MemoryDb.InvalidARNFaultException`
    pub const INVALID_ARN_FAULT: &str = "MemoryDb.InvalidARNFaultException";
    /// `MemoryDb.InvalidClusterStateFaultException`
    pub const INVALID_CLUSTER_STATE_FAULT: &str = "MemoryDb.InvalidClusterStateFaultException";
    /// `MemoryDb.InvalidCredentialsException`
    pub const INVALID_CREDENTIALS: &str = "MemoryDb.InvalidCredentialsException";
    /// `MemoryDb.InvalidKMSKeyFaultException`
    pub const INVALID_KMS_KEY_FAULT: &str = "MemoryDb.InvalidKMSKeyFaultException";
    /// `MemoryDb.InvalidMultiRegionClusterStateFaultException`
    pub const INVALID_MULTI_REGION_CLUSTER_STATE_FAULT: &str = "MemoryDb.InvalidMultiRegionClusterStateFaultException";
    /// `MemoryDb.InvalidNodeStateFaultException`
    pub const INVALID_NODE_STATE_FAULT: &str = "MemoryDb.InvalidNodeStateFaultException";
    /// `MemoryDb.InvalidParameterCombinationException`
    pub const INVALID_PARAMETER_COMBINATION: &str = "MemoryDb.InvalidParameterCombinationException";
    /// `MemoryDb.InvalidParameterGroupStateFaultException`
    pub const INVALID_PARAMETER_GROUP_STATE_FAULT: &str = "MemoryDb.InvalidParameterGroupStateFaultException";
    /// `MemoryDb.InvalidParameterValueException`
    pub const INVALID_PARAMETER_VALUE: &str = "MemoryDb.InvalidParameterValueException";
    /// `MemoryDb.InvalidSnapshotStateFaultException`
    pub const INVALID_SNAPSHOT_STATE_FAULT: &str = "MemoryDb.InvalidSnapshotStateFaultException";
    /// `MemoryDb.InvalidSubnetException`
    pub const INVALID_SUBNET: &str = "MemoryDb.InvalidSubnetException";
    /// `MemoryDb.InvalidUserStateFaultException`
    pub const INVALID_USER_STATE_FAULT: &str = "MemoryDb.InvalidUserStateFaultException";
    /// `MemoryDb.InvalidVPCNetworkStateFaultException`
    pub const INVALID_VPC_NETWORK_STATE_FAULT: &str = "MemoryDb.InvalidVPCNetworkStateFaultException";
    /// `MemoryDb.MultiRegionClusterAlreadyExistsFaultException`
    pub const MULTI_REGION_CLUSTER_ALREADY_EXISTS_FAULT: &str = "MemoryDb.MultiRegionClusterAlreadyExistsFaultException";
    /// `MemoryDb.MultiRegionClusterNotFoundFaultException`
    pub const MULTI_REGION_CLUSTER_NOT_FOUND_FAULT: &str = "MemoryDb.MultiRegionClusterNotFoundFaultException";
    /// `MemoryDb.MultiRegionParameterGroupNotFoundFaultException`
    pub const MULTI_REGION_PARAMETER_GROUP_NOT_FOUND_FAULT: &str = "MemoryDb.MultiRegionParameterGroupNotFoundFaultException";
    /// `MemoryDb.NoOperationFaultException`
    pub const NO_OPERATION_FAULT: &str = "MemoryDb.NoOperationFaultException";
    /// `MemoryDb.NodeQuotaForClusterExceededFaultException`
    pub const NODE_QUOTA_FOR_CLUSTER_EXCEEDED_FAULT: &str = "MemoryDb.NodeQuotaForClusterExceededFaultException";
    /// `MemoryDb.NodeQuotaForCustomerExceededFaultException`
    pub const NODE_QUOTA_FOR_CUSTOMER_EXCEEDED_FAULT: &str = "MemoryDb.NodeQuotaForCustomerExceededFaultException";
    /// `MemoryDb.ParameterGroupAlreadyExistsFaultException`
    pub const PARAMETER_GROUP_ALREADY_EXISTS_FAULT: &str = "MemoryDb.ParameterGroupAlreadyExistsFaultException";
    /// `MemoryDb.ParameterGroupNotFoundFaultException`
    pub const PARAMETER_GROUP_NOT_FOUND_FAULT: &str = "MemoryDb.ParameterGroupNotFoundFaultException";
    /// `MemoryDb.ParameterGroupQuotaExceededFaultException`
    pub const PARAMETER_GROUP_QUOTA_EXCEEDED_FAULT: &str = "MemoryDb.ParameterGroupQuotaExceededFaultException";
    /// `MemoryDb.ReservedNodeAlreadyExistsFaultException`
    pub const RESERVED_NODE_ALREADY_EXISTS_FAULT: &str = "MemoryDb.ReservedNodeAlreadyExistsFaultException";
    /// `MemoryDb.ReservedNodeNotFoundFaultException`
    pub const RESERVED_NODE_NOT_FOUND_FAULT: &str = "MemoryDb.ReservedNodeNotFoundFaultException";
    /// `MemoryDb.ReservedNodeQuotaExceededFaultException`
    pub const RESERVED_NODE_QUOTA_EXCEEDED_FAULT: &str = "MemoryDb.ReservedNodeQuotaExceededFaultException";
    /// `MemoryDb.ReservedNodesOfferingNotFoundFaultException`
    pub const RESERVED_NODES_OFFERING_NOT_FOUND_FAULT: &str = "MemoryDb.ReservedNodesOfferingNotFoundFaultException";
    /// `MemoryDb.ServiceLinkedRoleNotFoundFaultException`
    pub const SERVICE_LINKED_ROLE_NOT_FOUND_FAULT: &str = "MemoryDb.ServiceLinkedRoleNotFoundFaultException";
    /// `MemoryDb.ServiceUpdateNotFoundFaultException`
    pub const SERVICE_UPDATE_NOT_FOUND_FAULT: &str = "MemoryDb.ServiceUpdateNotFoundFaultException";
    /// `MemoryDb.ShardNotFoundFaultException`
    pub const SHARD_NOT_FOUND_FAULT: &str = "MemoryDb.ShardNotFoundFaultException";
    /// `MemoryDb.ShardsPerClusterQuotaExceededFaultException`
    pub const SHARDS_PER_CLUSTER_QUOTA_EXCEEDED_FAULT: &str = "MemoryDb.ShardsPerClusterQuotaExceededFaultException";
    /// `MemoryDb.SnapshotAlreadyExistsFaultException`
    pub const SNAPSHOT_ALREADY_EXISTS_FAULT: &str = "MemoryDb.SnapshotAlreadyExistsFaultException";
    /// `MemoryDb.SnapshotNotFoundFaultException`
    pub const SNAPSHOT_NOT_FOUND_FAULT: &str = "MemoryDb.SnapshotNotFoundFaultException";
    /// `MemoryDb.SnapshotQuotaExceededFaultException`
    pub const SNAPSHOT_QUOTA_EXCEEDED_FAULT: &str = "MemoryDb.SnapshotQuotaExceededFaultException";
    /// `MemoryDb.SubnetGroupAlreadyExistsFaultException`
    pub const SUBNET_GROUP_ALREADY_EXISTS_FAULT: &str = "MemoryDb.SubnetGroupAlreadyExistsFaultException";
    /// `MemoryDb.SubnetGroupInUseFaultException`
    pub const SUBNET_GROUP_IN_USE_FAULT: &str = "MemoryDb.SubnetGroupInUseFaultException";
    /// `MemoryDb.SubnetGroupNotFoundFaultException`
    pub const SUBNET_GROUP_NOT_FOUND_FAULT: &str = "MemoryDb.SubnetGroupNotFoundFaultException";
    /// `MemoryDb.SubnetGroupQuotaExceededFaultException`
    pub const SUBNET_GROUP_QUOTA_EXCEEDED_FAULT: &str = "MemoryDb.SubnetGroupQuotaExceededFaultException";
    /// `MemoryDb.SubnetInUseException`
    pub const SUBNET_IN_USE: &str = "MemoryDb.SubnetInUseException";
    /// `MemoryDb.SubnetNotAllowedFaultException`
    pub const SUBNET_NOT_ALLOWED_FAULT: &str = "MemoryDb.SubnetNotAllowedFaultException";
    /// `MemoryDb.SubnetQuotaExceededFaultException`
    pub const SUBNET_QUOTA_EXCEEDED_FAULT: &str = "MemoryDb.SubnetQuotaExceededFaultException";
    /// `MemoryDb.TagNotFoundFaultException`
    pub const TAG_NOT_FOUND_FAULT: &str = "MemoryDb.TagNotFoundFaultException";
    /// `MemoryDb.TagQuotaPerResourceExceededException`
    pub const TAG_QUOTA_PER_RESOURCE_EXCEEDED: &str = "MemoryDb.TagQuotaPerResourceExceededException";
    /// `MemoryDb.TestFailoverNotAvailableFaultException`
    pub const TEST_FAILOVER_NOT_AVAILABLE_FAULT: &str = "MemoryDb.TestFailoverNotAvailableFaultException";
    /// `MemoryDb.UserAlreadyExistsFaultException`
    pub const USER_ALREADY_EXISTS_FAULT: &str = "MemoryDb.UserAlreadyExistsFaultException";
    /// `MemoryDb.UserNotFoundFaultException`
    pub const USER_NOT_FOUND_FAULT: &str = "MemoryDb.UserNotFoundFaultException";
    /// `MemoryDb.UserQuotaExceededFaultException`
    pub const USER_QUOTA_EXCEEDED_FAULT: &str = "MemoryDb.UserQuotaExceededFaultException";
}

/// `aws-sdk:mgn` errors.
pub mod mgn {
    /// `Mgn.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Mgn.AccessDeniedException";
    /// `Mgn.ConflictException`
    pub const CONFLICT: &str = "Mgn.ConflictException";
    /// `Mgn.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Mgn.InternalServerException";
    /// `Mgn.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Mgn.ResourceNotFoundException";
    /// `Mgn.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Mgn.ServiceQuotaExceededException";
    /// `Mgn.ThrottlingException`
    pub const THROTTLING: &str = "Mgn.ThrottlingException";
    /// `Mgn.UninitializedAccountException`
    pub const UNINITIALIZED_ACCOUNT: &str = "Mgn.UninitializedAccountException";
    /// `Mgn.ValidationException`
    pub const VALIDATION: &str = "Mgn.ValidationException";
}

/// `aws-sdk:migrationhub` errors.
pub mod migrationhub {
    /// `MigrationHub.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "MigrationHub.AccessDeniedException";
    /// `MigrationHub.DryRunOperationException`
    pub const DRY_RUN_OPERATION: &str = "MigrationHub.DryRunOperationException";
    /// `MigrationHub.HomeRegionNotSetException`
    pub const HOME_REGION_NOT_SET: &str = "MigrationHub.HomeRegionNotSetException";
    /// `MigrationHub.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "MigrationHub.InternalServerErrorException";
    /// `MigrationHub.InvalidInputException`
    pub const INVALID_INPUT: &str = "MigrationHub.InvalidInputException";
    /// `MigrationHub.PolicyErrorException`
    pub const POLICY_ERROR: &str = "MigrationHub.PolicyErrorException";
    /// `MigrationHub.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "MigrationHub.ResourceNotFoundException";
    /// `MigrationHub.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "MigrationHub.ServiceUnavailableException";
    /// `MigrationHub.ThrottlingException`
    pub const THROTTLING: &str = "MigrationHub.ThrottlingException";
    /// `MigrationHub.UnauthorizedOperationException`
    pub const UNAUTHORIZED_OPERATION: &str = "MigrationHub.UnauthorizedOperationException";
}

/// `aws-sdk:migrationhubconfig` errors.
pub mod migrationhubconfig {
    /// `MigrationHubConfig.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "MigrationHubConfig.AccessDeniedException";
    /// `MigrationHubConfig.DryRunOperationException`
    pub const DRY_RUN_OPERATION: &str = "MigrationHubConfig.DryRunOperationException";
    /// `MigrationHubConfig.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "MigrationHubConfig.InternalServerErrorException";
    /// `MigrationHubConfig.InvalidInputException`
    pub const INVALID_INPUT: &str = "MigrationHubConfig.InvalidInputException";
    /// `MigrationHubConfig.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "MigrationHubConfig.ServiceUnavailableException";
    /// `MigrationHubConfig.ThrottlingException`
    pub const THROTTLING: &str = "MigrationHubConfig.ThrottlingException";
}

/// `aws-sdk:migrationhuborchestrator` errors.
pub mod migrationhuborchestrator {
    /// `MigrationHubOrchestrator.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "MigrationHubOrchestrator.AccessDeniedException";
    /// `MigrationHubOrchestrator.ConflictException`
    pub const CONFLICT: &str = "MigrationHubOrchestrator.ConflictException";
    /// `MigrationHubOrchestrator.InternalServerException`
    pub const INTERNAL_SERVER: &str = "MigrationHubOrchestrator.InternalServerException";
    /// `MigrationHubOrchestrator.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "MigrationHubOrchestrator.ResourceNotFoundException";
    /// `MigrationHubOrchestrator.ThrottlingException`
    pub const THROTTLING: &str = "MigrationHubOrchestrator.ThrottlingException";
    /// `MigrationHubOrchestrator.ValidationException`
    pub const VALIDATION: &str = "MigrationHubOrchestrator.ValidationException";
}

/// `aws-sdk:migrationhubrefactorspaces` errors.
pub mod migrationhubrefactorspaces {
    /// `MigrationHubRefactorSpaces.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "MigrationHubRefactorSpaces.AccessDeniedException";
    /// `MigrationHubRefactorSpaces.ConflictException`
    pub const CONFLICT: &str = "MigrationHubRefactorSpaces.ConflictException";
    /// `MigrationHubRefactorSpaces.InternalServerException`
    pub const INTERNAL_SERVER: &str = "MigrationHubRefactorSpaces.InternalServerException";
    /// `MigrationHubRefactorSpaces.InvalidResourcePolicyException`
    pub const INVALID_RESOURCE_POLICY: &str = "MigrationHubRefactorSpaces.InvalidResourcePolicyException";
    /// `MigrationHubRefactorSpaces.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "MigrationHubRefactorSpaces.ResourceNotFoundException";
    /// `MigrationHubRefactorSpaces.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "MigrationHubRefactorSpaces.ServiceQuotaExceededException";
    /// `MigrationHubRefactorSpaces.ThrottlingException`
    pub const THROTTLING: &str = "MigrationHubRefactorSpaces.ThrottlingException";
    /// `MigrationHubRefactorSpaces.ValidationException`
    pub const VALIDATION: &str = "MigrationHubRefactorSpaces.ValidationException";
}

/// `aws-sdk:migrationhubstrategy` errors.
pub mod migrationhubstrategy {
    /// `MigrationHubStrategy.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "MigrationHubStrategy.AccessDeniedException";
    /// `MigrationHubStrategy.ConflictException`
    pub const CONFLICT: &str = "MigrationHubStrategy.ConflictException";
    /// `MigrationHubStrategy.DependencyException`
    pub const DEPENDENCY: &str = "MigrationHubStrategy.DependencyException";
    /// `MigrationHubStrategy.InternalServerException`
    pub const INTERNAL_SERVER: &str = "MigrationHubStrategy.InternalServerException";
    /// `MigrationHubStrategy.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "MigrationHubStrategy.ResourceNotFoundException";
    /// `MigrationHubStrategy.ServiceLinkedRoleLockClientException`
    pub const SERVICE_LINKED_ROLE_LOCK_CLIENT: &str = "MigrationHubStrategy.ServiceLinkedRoleLockClientException";
    /// `MigrationHubStrategy.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "MigrationHubStrategy.ServiceQuotaExceededException";
    /// `MigrationHubStrategy.ThrottlingException`
    pub const THROTTLING: &str = "MigrationHubStrategy.ThrottlingException";
    /// `MigrationHubStrategy.ValidationException`
    pub const VALIDATION: &str = "MigrationHubStrategy.ValidationException";
}

/// `aws-sdk:mpa` errors.
pub mod mpa {
    /// `Mpa.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Mpa.AccessDeniedException";
    /// `Mpa.ConflictException`
    pub const CONFLICT: &str = "Mpa.ConflictException";
    /// `Mpa.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Mpa.InternalServerException";
    /// `Mpa.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "Mpa.InvalidParameterException";
    /// `Mpa.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Mpa.ResourceNotFoundException";
    /// `Mpa.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Mpa.ServiceQuotaExceededException";
    /// `Mpa.ThrottlingException`
    pub const THROTTLING: &str = "Mpa.ThrottlingException";
    /// `Mpa.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "Mpa.TooManyTagsException";
    /// `Mpa.ValidationException`
    pub const VALIDATION: &str = "Mpa.ValidationException";
}

/// `aws-sdk:mq` errors.
pub mod mq {
    /// `Mq.BadRequestException`
    pub const BAD_REQUEST: &str = "Mq.BadRequestException";
    /// `Mq.ConflictException`
    pub const CONFLICT: &str = "Mq.ConflictException";
    /// `Mq.ForbiddenException`
    pub const FORBIDDEN: &str = "Mq.ForbiddenException";
    /// `Mq.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "Mq.InternalServerErrorException";
    /// `Mq.NotFoundException`
    pub const NOT_FOUND: &str = "Mq.NotFoundException";
    /// `Mq.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "Mq.UnauthorizedException";
}

/// `aws-sdk:mturk` errors.
pub mod mturk {
    /// `MTurk.RequestErrorException`
    pub const REQUEST_ERROR: &str = "MTurk.RequestErrorException";
    /// `MTurk.ServiceFaultException`
    pub const SERVICE_FAULT: &str = "MTurk.ServiceFaultException";
}

/// `aws-sdk:mwaa` errors.
pub mod mwaa {
    /// `Mwaa.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Mwaa.AccessDeniedException";
    /// `Mwaa.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Mwaa.InternalServerException";
    /// `Mwaa.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Mwaa.ResourceNotFoundException";
    /// `Mwaa.RestApiClientException`
    pub const REST_API_CLIENT: &str = "Mwaa.RestApiClientException";
    /// `Mwaa.RestApiServerException`
    pub const REST_API_SERVER: &str = "Mwaa.RestApiServerException";
    /// `Mwaa.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "Mwaa.ServiceUnavailableException";
    /// `Mwaa.ValidationException`
    pub const VALIDATION: &str = "Mwaa.ValidationException";
}

/// `aws-sdk:mwaaserverless` errors.
pub mod mwaaserverless {
    /// `MwaaServerless.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "MwaaServerless.AccessDeniedException";
    /// `MwaaServerless.ConflictException`
    pub const CONFLICT: &str = "MwaaServerless.ConflictException";
    /// `MwaaServerless.InternalServerException`
    pub const INTERNAL_SERVER: &str = "MwaaServerless.InternalServerException";
    /// `MwaaServerless.OperationTimeoutException`
    pub const OPERATION_TIMEOUT: &str = "MwaaServerless.OperationTimeoutException";
    /// `MwaaServerless.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "MwaaServerless.ResourceNotFoundException";
    /// `MwaaServerless.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "MwaaServerless.ServiceQuotaExceededException";
    /// `MwaaServerless.ThrottlingException`
    pub const THROTTLING: &str = "MwaaServerless.ThrottlingException";
    /// `MwaaServerless.ValidationException`
    pub const VALIDATION: &str = "MwaaServerless.ValidationException";
}

/// `aws-sdk:neptune` errors.
pub mod neptune {
    /// `Neptune.AuthorizationNotFoundFaultException`
    pub const AUTHORIZATION_NOT_FOUND_FAULT: &str = "Neptune.AuthorizationNotFoundFaultException";
    /// `Neptune.CertificateNotFoundFaultException`
    pub const CERTIFICATE_NOT_FOUND_FAULT: &str = "Neptune.CertificateNotFoundFaultException";
    /// `Neptune.DBClusterAlreadyExistsFaultException`
    pub const DB_CLUSTER_ALREADY_EXISTS_FAULT: &str = "Neptune.DBClusterAlreadyExistsFaultException";
    /// `Neptune.DBClusterEndpointAlreadyExistsFaultException`
    pub const DB_CLUSTER_ENDPOINT_ALREADY_EXISTS_FAULT: &str = "Neptune.DBClusterEndpointAlreadyExistsFaultException";
    /// `Neptune.DBClusterEndpointNotFoundFaultException`
    pub const DB_CLUSTER_ENDPOINT_NOT_FOUND_FAULT: &str = "Neptune.DBClusterEndpointNotFoundFaultException";
    /// `Neptune.DBClusterEndpointQuotaExceededFaultException`
    pub const DB_CLUSTER_ENDPOINT_QUOTA_EXCEEDED_FAULT: &str = "Neptune.DBClusterEndpointQuotaExceededFaultException";
    /// `Neptune.DBClusterNotFoundFaultException`
    pub const DB_CLUSTER_NOT_FOUND_FAULT: &str = "Neptune.DBClusterNotFoundFaultException";
    /// `Neptune.DBClusterParameterGroupNotFoundFaultException`
    pub const DB_CLUSTER_PARAMETER_GROUP_NOT_FOUND_FAULT: &str = "Neptune.DBClusterParameterGroupNotFoundFaultException";
    /// `Neptune.DBClusterQuotaExceededFaultException`
    pub const DB_CLUSTER_QUOTA_EXCEEDED_FAULT: &str = "Neptune.DBClusterQuotaExceededFaultException";
    /// `Neptune.DBClusterRoleAlreadyExistsFaultException`
    pub const DB_CLUSTER_ROLE_ALREADY_EXISTS_FAULT: &str = "Neptune.DBClusterRoleAlreadyExistsFaultException";
    /// `Neptune.DBClusterRoleNotFoundFaultException`
    pub const DB_CLUSTER_ROLE_NOT_FOUND_FAULT: &str = "Neptune.DBClusterRoleNotFoundFaultException";
    /// `Neptune.DBClusterRoleQuotaExceededFaultException`
    pub const DB_CLUSTER_ROLE_QUOTA_EXCEEDED_FAULT: &str = "Neptune.DBClusterRoleQuotaExceededFaultException";
    /// `Neptune.DBClusterSnapshotAlreadyExistsFaultException`
    pub const DB_CLUSTER_SNAPSHOT_ALREADY_EXISTS_FAULT: &str = "Neptune.DBClusterSnapshotAlreadyExistsFaultException";
    /// `Neptune.DBClusterSnapshotNotFoundFaultException`
    pub const DB_CLUSTER_SNAPSHOT_NOT_FOUND_FAULT: &str = "Neptune.DBClusterSnapshotNotFoundFaultException";
    /// `Neptune.DBInstanceAlreadyExistsFaultException`
    pub const DB_INSTANCE_ALREADY_EXISTS_FAULT: &str = "Neptune.DBInstanceAlreadyExistsFaultException";
    /// `Neptune.DBInstanceNotFoundFaultException`
    pub const DB_INSTANCE_NOT_FOUND_FAULT: &str = "Neptune.DBInstanceNotFoundFaultException";
    /// `Neptune.DBParameterGroupAlreadyExistsFaultException`
    pub const DB_PARAMETER_GROUP_ALREADY_EXISTS_FAULT: &str = "Neptune.DBParameterGroupAlreadyExistsFaultException";
    /// `Neptune.DBParameterGroupNotFoundFaultException`
    pub const DB_PARAMETER_GROUP_NOT_FOUND_FAULT: &str = "Neptune.DBParameterGroupNotFoundFaultException";
    /// `Neptune.DBParameterGroupQuotaExceededFaultException`
    pub const DB_PARAMETER_GROUP_QUOTA_EXCEEDED_FAULT: &str = "Neptune.DBParameterGroupQuotaExceededFaultException";
    /// `Neptune.DBSecurityGroupNotFoundFaultException`
    pub const DB_SECURITY_GROUP_NOT_FOUND_FAULT: &str = "Neptune.DBSecurityGroupNotFoundFaultException";
    /// `Neptune.DBSnapshotAlreadyExistsFaultException`
    pub const DB_SNAPSHOT_ALREADY_EXISTS_FAULT: &str = "Neptune.DBSnapshotAlreadyExistsFaultException";
    /// `Neptune.DBSnapshotNotFoundFaultException`
    pub const DB_SNAPSHOT_NOT_FOUND_FAULT: &str = "Neptune.DBSnapshotNotFoundFaultException";
    /// `Neptune.DBSubnetGroupAlreadyExistsFaultException`
    pub const DB_SUBNET_GROUP_ALREADY_EXISTS_FAULT: &str = "Neptune.DBSubnetGroupAlreadyExistsFaultException";
    /// `Neptune.DBSubnetGroupDoesNotCoverEnoughAZsException`
    pub const DB_SUBNET_GROUP_DOES_NOT_COVER_ENOUGH_A_ZS: &str = "Neptune.DBSubnetGroupDoesNotCoverEnoughAZsException";
    /// `Neptune.DBSubnetGroupNotFoundFaultException`
    pub const DB_SUBNET_GROUP_NOT_FOUND_FAULT: &str = "Neptune.DBSubnetGroupNotFoundFaultException";
    /// `Neptune.DBSubnetGroupQuotaExceededFaultException`
    pub const DB_SUBNET_GROUP_QUOTA_EXCEEDED_FAULT: &str = "Neptune.DBSubnetGroupQuotaExceededFaultException";
    /// `Neptune.DBSubnetQuotaExceededFaultException`
    pub const DB_SUBNET_QUOTA_EXCEEDED_FAULT: &str = "Neptune.DBSubnetQuotaExceededFaultException";
    /// `Neptune.DBUpgradeDependencyFailureFaultException`
    pub const DB_UPGRADE_DEPENDENCY_FAILURE_FAULT: &str = "Neptune.DBUpgradeDependencyFailureFaultException";
    /// `Neptune.DomainNotFoundFaultException`
    pub const DOMAIN_NOT_FOUND_FAULT: &str = "Neptune.DomainNotFoundFaultException";
    /// `Neptune.EventSubscriptionQuotaExceededFaultException`
    pub const EVENT_SUBSCRIPTION_QUOTA_EXCEEDED_FAULT: &str = "Neptune.EventSubscriptionQuotaExceededFaultException";
    /// `Neptune.GlobalClusterAlreadyExistsFaultException`
    pub const GLOBAL_CLUSTER_ALREADY_EXISTS_FAULT: &str = "Neptune.GlobalClusterAlreadyExistsFaultException";
    /// `Neptune.GlobalClusterNotFoundFaultException`
    pub const GLOBAL_CLUSTER_NOT_FOUND_FAULT: &str = "Neptune.GlobalClusterNotFoundFaultException";
    /// `Neptune.GlobalClusterQuotaExceededFaultException`
    pub const GLOBAL_CLUSTER_QUOTA_EXCEEDED_FAULT: &str = "Neptune.GlobalClusterQuotaExceededFaultException";
    /// `Neptune.InstanceQuotaExceededFaultException`
    pub const INSTANCE_QUOTA_EXCEEDED_FAULT: &str = "Neptune.InstanceQuotaExceededFaultException";
    /// `Neptune.InsufficientDBClusterCapacityFaultException`
    pub const INSUFFICIENT_DB_CLUSTER_CAPACITY_FAULT: &str = "Neptune.InsufficientDBClusterCapacityFaultException";
    /// `Neptune.InsufficientDBInstanceCapacityFaultException`
    pub const INSUFFICIENT_DB_INSTANCE_CAPACITY_FAULT: &str = "Neptune.InsufficientDBInstanceCapacityFaultException";
    /// `Neptune.InsufficientStorageClusterCapacityFaultException`
    pub const INSUFFICIENT_STORAGE_CLUSTER_CAPACITY_FAULT: &str = "Neptune.InsufficientStorageClusterCapacityFaultException";
    /// `Neptune.InvalidDBClusterEndpointStateFaultException`
    pub const INVALID_DB_CLUSTER_ENDPOINT_STATE_FAULT: &str = "Neptune.InvalidDBClusterEndpointStateFaultException";
    /// `Neptune.InvalidDBClusterSnapshotStateFaultException`
    pub const INVALID_DB_CLUSTER_SNAPSHOT_STATE_FAULT: &str = "Neptune.InvalidDBClusterSnapshotStateFaultException";
    /// `Neptune.InvalidDBClusterStateFaultException`
    pub const INVALID_DB_CLUSTER_STATE_FAULT: &str = "Neptune.InvalidDBClusterStateFaultException";
    /// `Neptune.InvalidDBInstanceStateFaultException`
    pub const INVALID_DB_INSTANCE_STATE_FAULT: &str = "Neptune.InvalidDBInstanceStateFaultException";
    /// `Neptune.InvalidDBParameterGroupStateFaultException`
    pub const INVALID_DB_PARAMETER_GROUP_STATE_FAULT: &str = "Neptune.InvalidDBParameterGroupStateFaultException";
    /// `Neptune.InvalidDBSecurityGroupStateFaultException`
    pub const INVALID_DB_SECURITY_GROUP_STATE_FAULT: &str = "Neptune.InvalidDBSecurityGroupStateFaultException";
    /// `Neptune.InvalidDBSnapshotStateFaultException`
    pub const INVALID_DB_SNAPSHOT_STATE_FAULT: &str = "Neptune.InvalidDBSnapshotStateFaultException";
    /// `Neptune.InvalidDBSubnetGroupStateFaultException`
    pub const INVALID_DB_SUBNET_GROUP_STATE_FAULT: &str = "Neptune.InvalidDBSubnetGroupStateFaultException";
    /// `Neptune.InvalidDBSubnetStateFaultException`
    pub const INVALID_DB_SUBNET_STATE_FAULT: &str = "Neptune.InvalidDBSubnetStateFaultException";
    /// `Neptune.InvalidEventSubscriptionStateFaultException`
    pub const INVALID_EVENT_SUBSCRIPTION_STATE_FAULT: &str = "Neptune.InvalidEventSubscriptionStateFaultException";
    /// `Neptune.InvalidGlobalClusterStateFaultException`
    pub const INVALID_GLOBAL_CLUSTER_STATE_FAULT: &str = "Neptune.InvalidGlobalClusterStateFaultException";
    /// `Neptune.InvalidRestoreFaultException`
    pub const INVALID_RESTORE_FAULT: &str = "Neptune.InvalidRestoreFaultException";
    /// `Neptune.InvalidSubnetException`
    pub const INVALID_SUBNET: &str = "Neptune.InvalidSubnetException";
    /// `Neptune.InvalidVPCNetworkStateFaultException`
    pub const INVALID_VPC_NETWORK_STATE_FAULT: &str = "Neptune.InvalidVPCNetworkStateFaultException";
    /// `Neptune.KMSKeyNotAccessibleFaultException`
    pub const KMS_KEY_NOT_ACCESSIBLE_FAULT: &str = "Neptune.KMSKeyNotAccessibleFaultException";
    /// `Neptune.NetworkTypeNotSupportedFaultException`
    pub const NETWORK_TYPE_NOT_SUPPORTED_FAULT: &str = "Neptune.NetworkTypeNotSupportedFaultException";
    /// `Neptune.OptionGroupNotFoundFaultException`
    pub const OPTION_GROUP_NOT_FOUND_FAULT: &str = "Neptune.OptionGroupNotFoundFaultException";
    /// `Neptune.ProvisionedIopsNotAvailableInAZFaultException`
    pub const PROVISIONED_IOPS_NOT_AVAILABLE_IN_AZ_FAULT: &str = "Neptune.ProvisionedIopsNotAvailableInAZFaultException";
    /// `Neptune.ResourceNotFoundFaultException`
    pub const RESOURCE_NOT_FOUND_FAULT: &str = "Neptune.ResourceNotFoundFaultException";
    /// `Neptune.SNSInvalidTopicFaultException`
    pub const SNS_INVALID_TOPIC_FAULT: &str = "Neptune.SNSInvalidTopicFaultException";
    /// `Neptune.SNSNoAuthorizationFaultException`
    pub const SNS_NO_AUTHORIZATION_FAULT: &str = "Neptune.SNSNoAuthorizationFaultException";
    /// `Neptune.SNSTopicArnNotFoundFaultException`
    pub const SNS_TOPIC_ARN_NOT_FOUND_FAULT: &str = "Neptune.SNSTopicArnNotFoundFaultException";
    /// `Neptune.SharedSnapshotQuotaExceededFaultException`
    pub const SHARED_SNAPSHOT_QUOTA_EXCEEDED_FAULT: &str = "Neptune.SharedSnapshotQuotaExceededFaultException";
    /// `Neptune.SnapshotQuotaExceededFaultException`
    pub const SNAPSHOT_QUOTA_EXCEEDED_FAULT: &str = "Neptune.SnapshotQuotaExceededFaultException";
    /// `Neptune.SourceNotFoundFaultException`
    pub const SOURCE_NOT_FOUND_FAULT: &str = "Neptune.SourceNotFoundFaultException";
    /// `Neptune.StorageQuotaExceededFaultException`
    pub const STORAGE_QUOTA_EXCEEDED_FAULT: &str = "Neptune.StorageQuotaExceededFaultException";
    /// `Neptune.StorageTypeNotSupportedFaultException`
    pub const STORAGE_TYPE_NOT_SUPPORTED_FAULT: &str = "Neptune.StorageTypeNotSupportedFaultException";
    /// `Neptune.SubnetAlreadyInUseException`
    pub const SUBNET_ALREADY_IN_USE: &str = "Neptune.SubnetAlreadyInUseException";
    /// `Neptune.SubscriptionAlreadyExistFaultException`
    pub const SUBSCRIPTION_ALREADY_EXIST_FAULT: &str = "Neptune.SubscriptionAlreadyExistFaultException";
    /// `Neptune.SubscriptionCategoryNotFoundFaultException`
    pub const SUBSCRIPTION_CATEGORY_NOT_FOUND_FAULT: &str = "Neptune.SubscriptionCategoryNotFoundFaultException";
    /// `Neptune.SubscriptionNotFoundFaultException`
    pub const SUBSCRIPTION_NOT_FOUND_FAULT: &str = "Neptune.SubscriptionNotFoundFaultException";
}

/// `aws-sdk:neptunedata` errors.
pub mod neptunedata {
    /// `Neptunedata.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Neptunedata.AccessDeniedException";
    /// `Neptunedata.BadRequestException`
    pub const BAD_REQUEST: &str = "Neptunedata.BadRequestException";
    /// `Neptunedata.BulkLoadIdNotFoundException`
    pub const BULK_LOAD_ID_NOT_FOUND: &str = "Neptunedata.BulkLoadIdNotFoundException";
    /// `Neptunedata.CancelledByMaintenanceException`
    pub const CANCELLED_BY_MAINTENANCE: &str = "Neptunedata.CancelledByMaintenanceException";
    /// `Neptunedata.CancelledByUserException`
    pub const CANCELLED_BY_USER: &str = "Neptunedata.CancelledByUserException";
    /// `Neptunedata.ClientTimeoutException`
    pub const CLIENT_TIMEOUT: &str = "Neptunedata.ClientTimeoutException";
    /// `Neptunedata.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "Neptunedata.ConcurrentModificationException";
    /// `Neptunedata.ConstraintViolationException`
    pub const CONSTRAINT_VIOLATION: &str = "Neptunedata.ConstraintViolationException";
    /// `Neptunedata.ExpiredStreamException`
    pub const EXPIRED_STREAM: &str = "Neptunedata.ExpiredStreamException";
    /// `Neptunedata.FailureByQueryException`
    pub const FAILURE_BY_QUERY: &str = "Neptunedata.FailureByQueryException";
    /// `Neptunedata.IllegalArgumentException`
    pub const ILLEGAL_ARGUMENT: &str = "Neptunedata.IllegalArgumentException";
    /// `Neptunedata.InternalFailureException`
    pub const INTERNAL_FAILURE: &str = "Neptunedata.InternalFailureException";
    /// `Neptunedata.InvalidArgumentException`
    pub const INVALID_ARGUMENT: &str = "Neptunedata.InvalidArgumentException";
    /// `Neptunedata.InvalidNumericDataException`
    pub const INVALID_NUMERIC_DATA: &str = "Neptunedata.InvalidNumericDataException";
    /// `Neptunedata.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "Neptunedata.InvalidParameterException";
    /// `Neptunedata.LoadUrlAccessDeniedException`
    pub const LOAD_URL_ACCESS_DENIED: &str = "Neptunedata.LoadUrlAccessDeniedException";
    /// `Neptunedata.MLResourceNotFoundException`
    pub const ML_RESOURCE_NOT_FOUND: &str = "Neptunedata.MLResourceNotFoundException";
    /// `Neptunedata.MalformedQueryException`
    pub const MALFORMED_QUERY: &str = "Neptunedata.MalformedQueryException";
    /// `Neptunedata.MemoryLimitExceededException`
    pub const MEMORY_LIMIT_EXCEEDED: &str = "Neptunedata.MemoryLimitExceededException";
    /// `Neptunedata.MethodNotAllowedException`
    pub const METHOD_NOT_ALLOWED: &str = "Neptunedata.MethodNotAllowedException";
    /// `Neptunedata.MissingParameterException`
    pub const MISSING_PARAMETER: &str = "Neptunedata.MissingParameterException";
    /// `Neptunedata.ParsingException`
    pub const PARSING: &str = "Neptunedata.ParsingException";
    /// `Neptunedata.PreconditionsFailedException`
    pub const PRECONDITIONS_FAILED: &str = "Neptunedata.PreconditionsFailedException";
    /// `Neptunedata.QueryLimitExceededException`
    pub const QUERY_LIMIT_EXCEEDED: &str = "Neptunedata.QueryLimitExceededException";
    /// `Neptunedata.QueryLimitException`
    pub const QUERY_LIMIT: &str = "Neptunedata.QueryLimitException";
    /// `Neptunedata.QueryTooLargeException`
    pub const QUERY_TOO_LARGE: &str = "Neptunedata.QueryTooLargeException";
    /// `Neptunedata.ReadOnlyViolationException`
    pub const READ_ONLY_VIOLATION: &str = "Neptunedata.ReadOnlyViolationException";
    /// `Neptunedata.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Neptunedata.ResourceNotFoundException";
    /// `Neptunedata.S3Exception`
    pub const S3: &str = "Neptunedata.S3Exception";
    /// `Neptunedata.ServerShutdownException`
    pub const SERVER_SHUTDOWN: &str = "Neptunedata.ServerShutdownException";
    /// `Neptunedata.StatisticsNotAvailableException`
    pub const STATISTICS_NOT_AVAILABLE: &str = "Neptunedata.StatisticsNotAvailableException";
    /// `Neptunedata.StreamRecordsNotFoundException`
    pub const STREAM_RECORDS_NOT_FOUND: &str = "Neptunedata.StreamRecordsNotFoundException";
    /// `Neptunedata.ThrottlingException`
    pub const THROTTLING: &str = "Neptunedata.ThrottlingException";
    /// `Neptunedata.TimeLimitExceededException`
    pub const TIME_LIMIT_EXCEEDED: &str = "Neptunedata.TimeLimitExceededException";
    /// `Neptunedata.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "Neptunedata.TooManyRequestsException";
    /// `Neptunedata.UnsupportedOperationException`
    pub const UNSUPPORTED_OPERATION: &str = "Neptunedata.UnsupportedOperationException";
    /// `Neptunedata.ValidationException`
    pub const VALIDATION: &str = "Neptunedata.ValidationException";
}

/// `aws-sdk:neptunegraph` errors.
pub mod neptunegraph {
    /// `NeptuneGraph.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "NeptuneGraph.AccessDeniedException";
    /// `NeptuneGraph.ConflictException`
    pub const CONFLICT: &str = "NeptuneGraph.ConflictException";
    /// `NeptuneGraph.InternalServerException`
    pub const INTERNAL_SERVER: &str = "NeptuneGraph.InternalServerException";
    /// `NeptuneGraph.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "NeptuneGraph.ResourceNotFoundException";
    /// `NeptuneGraph.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "NeptuneGraph.ServiceQuotaExceededException";
    /// `NeptuneGraph.ThrottlingException`
    pub const THROTTLING: &str = "NeptuneGraph.ThrottlingException";
    /// `NeptuneGraph.UnprocessableException`
    pub const UNPROCESSABLE: &str = "NeptuneGraph.UnprocessableException";
    /// `NeptuneGraph.ValidationException`
    pub const VALIDATION: &str = "NeptuneGraph.ValidationException";
}

/// `aws-sdk:networkfirewall` errors.
pub mod networkfirewall {
    /// `NetworkFirewall.InsufficientCapacityException`
    pub const INSUFFICIENT_CAPACITY: &str = "NetworkFirewall.InsufficientCapacityException";
    /// `NetworkFirewall.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "NetworkFirewall.InternalServerErrorException";
    /// `NetworkFirewall.InvalidOperationException`
    pub const INVALID_OPERATION: &str = "NetworkFirewall.InvalidOperationException";
    /// `NetworkFirewall.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "NetworkFirewall.InvalidRequestException";
    /// `NetworkFirewall.InvalidResourcePolicyException`
    pub const INVALID_RESOURCE_POLICY: &str = "NetworkFirewall.InvalidResourcePolicyException";
    /// `NetworkFirewall.InvalidTokenException`
    pub const INVALID_TOKEN: &str = "NetworkFirewall.InvalidTokenException";
    /// `NetworkFirewall.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "NetworkFirewall.LimitExceededException";
    /// `NetworkFirewall.LogDestinationPermissionException`
    pub const LOG_DESTINATION_PERMISSION: &str = "NetworkFirewall.LogDestinationPermissionException";
    /// `NetworkFirewall.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "NetworkFirewall.ResourceNotFoundException";
    /// `NetworkFirewall.ResourceOwnerCheckException`
    pub const RESOURCE_OWNER_CHECK: &str = "NetworkFirewall.ResourceOwnerCheckException";
    /// `NetworkFirewall.ThrottlingException`
    pub const THROTTLING: &str = "NetworkFirewall.ThrottlingException";
    /// `NetworkFirewall.UnsupportedOperationException`
    pub const UNSUPPORTED_OPERATION: &str = "NetworkFirewall.UnsupportedOperationException";
}

/// `aws-sdk:networkflowmonitor` errors.
pub mod networkflowmonitor {
    /// `NetworkFlowMonitor.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "NetworkFlowMonitor.AccessDeniedException";
    /// `NetworkFlowMonitor.ConflictException`
    pub const CONFLICT: &str = "NetworkFlowMonitor.ConflictException";
    /// `NetworkFlowMonitor.InternalServerException`
    pub const INTERNAL_SERVER: &str = "NetworkFlowMonitor.InternalServerException";
    /// `NetworkFlowMonitor.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "NetworkFlowMonitor.ResourceNotFoundException";
    /// `NetworkFlowMonitor.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "NetworkFlowMonitor.ServiceQuotaExceededException";
    /// `NetworkFlowMonitor.ThrottlingException`
    pub const THROTTLING: &str = "NetworkFlowMonitor.ThrottlingException";
    /// `NetworkFlowMonitor.ValidationException`
    pub const VALIDATION: &str = "NetworkFlowMonitor.ValidationException";
}

/// `aws-sdk:networkmanager` errors.
pub mod networkmanager {
    /// `NetworkManager.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "NetworkManager.AccessDeniedException";
    /// `NetworkManager.ConflictException`
    pub const CONFLICT: &str = "NetworkManager.ConflictException";
    /// `NetworkManager.CoreNetworkPolicyException`
    pub const CORE_NETWORK_POLICY: &str = "NetworkManager.CoreNetworkPolicyException";
    /// `NetworkManager.InternalServerException`
    pub const INTERNAL_SERVER: &str = "NetworkManager.InternalServerException";
    /// `NetworkManager.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "NetworkManager.ResourceNotFoundException";
    /// `NetworkManager.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "NetworkManager.ServiceQuotaExceededException";
    /// `NetworkManager.ThrottlingException`
    pub const THROTTLING: &str = "NetworkManager.ThrottlingException";
    /// `NetworkManager.ValidationException`
    pub const VALIDATION: &str = "NetworkManager.ValidationException";
}

/// `aws-sdk:networkmonitor` errors.
pub mod networkmonitor {
    /// `NetworkMonitor.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "NetworkMonitor.AccessDeniedException";
    /// `NetworkMonitor.ConflictException`
    pub const CONFLICT: &str = "NetworkMonitor.ConflictException";
    /// `NetworkMonitor.InternalServerException`
    pub const INTERNAL_SERVER: &str = "NetworkMonitor.InternalServerException";
    /// `NetworkMonitor.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "NetworkMonitor.ResourceNotFoundException";
    /// `NetworkMonitor.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "NetworkMonitor.ServiceQuotaExceededException";
    /// `NetworkMonitor.ThrottlingException`
    pub const THROTTLING: &str = "NetworkMonitor.ThrottlingException";
    /// `NetworkMonitor.ValidationException`
    pub const VALIDATION: &str = "NetworkMonitor.ValidationException";
}

/// `aws-sdk:networksecuritymanager` errors.
pub mod networksecuritymanager {
    /// `NetworkSecurityManager.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "NetworkSecurityManager.AccessDeniedException";
    /// `NetworkSecurityManager.ConflictException`
    pub const CONFLICT: &str = "NetworkSecurityManager.ConflictException";
    /// `NetworkSecurityManager.InternalServerException`
    pub const INTERNAL_SERVER: &str = "NetworkSecurityManager.InternalServerException";
    /// `NetworkSecurityManager.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "NetworkSecurityManager.ResourceNotFoundException";
    /// `NetworkSecurityManager.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "NetworkSecurityManager.ServiceQuotaExceededException";
    /// `NetworkSecurityManager.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "NetworkSecurityManager.ServiceUnavailableException";
    /// `NetworkSecurityManager.TagPolicyViolationException`
    pub const TAG_POLICY_VIOLATION: &str = "NetworkSecurityManager.TagPolicyViolationException";
    /// `NetworkSecurityManager.ThrottlingException`
    pub const THROTTLING: &str = "NetworkSecurityManager.ThrottlingException";
    /// `NetworkSecurityManager.ValidationException`
    pub const VALIDATION: &str = "NetworkSecurityManager.ValidationException";
}

/// `aws-sdk:notifications` errors.
pub mod notifications {
    /// `Notifications.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Notifications.AccessDeniedException";
    /// `Notifications.ConflictException`
    pub const CONFLICT: &str = "Notifications.ConflictException";
    /// `Notifications.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Notifications.InternalServerException";
    /// `Notifications.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Notifications.ResourceNotFoundException";
    /// `Notifications.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Notifications.ServiceQuotaExceededException";
    /// `Notifications.ThrottlingException`
    pub const THROTTLING: &str = "Notifications.ThrottlingException";
    /// `Notifications.ValidationException`
    pub const VALIDATION: &str = "Notifications.ValidationException";
}

/// `aws-sdk:notificationscontacts` errors.
pub mod notificationscontacts {
    /// `NotificationsContacts.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "NotificationsContacts.AccessDeniedException";
    /// `NotificationsContacts.ConflictException`
    pub const CONFLICT: &str = "NotificationsContacts.ConflictException";
    /// `NotificationsContacts.InternalServerException`
    pub const INTERNAL_SERVER: &str = "NotificationsContacts.InternalServerException";
    /// `NotificationsContacts.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "NotificationsContacts.ResourceNotFoundException";
    /// `NotificationsContacts.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "NotificationsContacts.ServiceQuotaExceededException";
    /// `NotificationsContacts.ThrottlingException`
    pub const THROTTLING: &str = "NotificationsContacts.ThrottlingException";
    /// `NotificationsContacts.ValidationException`
    pub const VALIDATION: &str = "NotificationsContacts.ValidationException";
}

/// `aws-sdk:novaact` errors.
pub mod novaact {
    /// `NovaAct.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "NovaAct.AccessDeniedException";
    /// `NovaAct.ConflictException`
    pub const CONFLICT: &str = "NovaAct.ConflictException";
    /// `NovaAct.InternalServerException`
    pub const INTERNAL_SERVER: &str = "NovaAct.InternalServerException";
    /// `NovaAct.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "NovaAct.ResourceNotFoundException";
    /// `NovaAct.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "NovaAct.ServiceQuotaExceededException";
    /// `NovaAct.ThrottlingException`
    pub const THROTTLING: &str = "NovaAct.ThrottlingException";
    /// `NovaAct.ValidationException`
    pub const VALIDATION: &str = "NovaAct.ValidationException";
}

/// `aws-sdk:oam` errors.
pub mod oam {
    /// `Oam.ConflictException`
    pub const CONFLICT: &str = "Oam.ConflictException";
    /// `Oam.InternalServiceFaultException`
    pub const INTERNAL_SERVICE_FAULT: &str = "Oam.InternalServiceFaultException";
    /// `Oam.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "Oam.InvalidParameterException";
    /// `Oam.MissingRequiredParameterException`
    pub const MISSING_REQUIRED_PARAMETER: &str = "Oam.MissingRequiredParameterException";
    /// `Oam.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Oam.ResourceNotFoundException";
    /// `Oam.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Oam.ServiceQuotaExceededException";
    /// `Oam.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "Oam.TooManyTagsException";
    /// `Oam.ValidationException`
    pub const VALIDATION: &str = "Oam.ValidationException";
}

/// `aws-sdk:observabilityadmin` errors.
pub mod observabilityadmin {
    /// `ObservabilityAdmin.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "ObservabilityAdmin.AccessDeniedException";
    /// `ObservabilityAdmin.ConflictException`
    pub const CONFLICT: &str = "ObservabilityAdmin.ConflictException";
    /// `ObservabilityAdmin.InternalServerException`
    pub const INTERNAL_SERVER: &str = "ObservabilityAdmin.InternalServerException";
    /// `ObservabilityAdmin.InvalidStateException`
    pub const INVALID_STATE: &str = "ObservabilityAdmin.InvalidStateException";
    /// `ObservabilityAdmin.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ObservabilityAdmin.ResourceNotFoundException";
    /// `ObservabilityAdmin.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "ObservabilityAdmin.ServiceQuotaExceededException";
    /// `ObservabilityAdmin.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "ObservabilityAdmin.TooManyRequestsException";
    /// `ObservabilityAdmin.ValidationException`
    pub const VALIDATION: &str = "ObservabilityAdmin.ValidationException";
}

/// `aws-sdk:odb` errors.
pub mod odb {
    /// `Odb.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Odb.AccessDeniedException";
    /// `Odb.ConflictException`
    pub const CONFLICT: &str = "Odb.ConflictException";
    /// `Odb.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Odb.InternalServerException";
    /// `Odb.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Odb.ResourceNotFoundException";
    /// `Odb.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Odb.ServiceQuotaExceededException";
    /// `Odb.ThrottlingException`
    pub const THROTTLING: &str = "Odb.ThrottlingException";
    /// `Odb.ValidationException`
    pub const VALIDATION: &str = "Odb.ValidationException";
}

/// `aws-sdk:omics` errors.
pub mod omics {
    /// `Omics.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Omics.AccessDeniedException";
    /// `Omics.ConflictException`
    pub const CONFLICT: &str = "Omics.ConflictException";
    /// `Omics.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Omics.InternalServerException";
    /// `Omics.NotSupportedOperationException`
    pub const NOT_SUPPORTED_OPERATION: &str = "Omics.NotSupportedOperationException";
    /// `Omics.RangeNotSatisfiableException`
    pub const RANGE_NOT_SATISFIABLE: &str = "Omics.RangeNotSatisfiableException";
    /// `Omics.RequestTimeoutException`
    pub const REQUEST_TIMEOUT: &str = "Omics.RequestTimeoutException";
    /// `Omics.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Omics.ResourceNotFoundException";
    /// `Omics.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Omics.ServiceQuotaExceededException";
    /// `Omics.ThrottlingException`
    pub const THROTTLING: &str = "Omics.ThrottlingException";
    /// `Omics.ValidationException`
    pub const VALIDATION: &str = "Omics.ValidationException";
}

/// `aws-sdk:opensearch` errors.
pub mod opensearch {
    /// `OpenSearch.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "OpenSearch.AccessDeniedException";
    /// `OpenSearch.BaseException`
    pub const BASE: &str = "OpenSearch.BaseException";
    /// `OpenSearch.ConflictException`
    pub const CONFLICT: &str = "OpenSearch.ConflictException";
    /// `OpenSearch.DependencyFailureException`
    pub const DEPENDENCY_FAILURE: &str = "OpenSearch.DependencyFailureException";
    /// `OpenSearch.DisabledOperationException`
    pub const DISABLED_OPERATION: &str = "OpenSearch.DisabledOperationException";
    /// `OpenSearch.InternalException`
    pub const INTERNAL: &str = "OpenSearch.InternalException";
    /// `OpenSearch.InvalidPaginationTokenException`
    pub const INVALID_PAGINATION_TOKEN: &str = "OpenSearch.InvalidPaginationTokenException";
    /// `OpenSearch.InvalidTypeException`
    pub const INVALID_TYPE: &str = "OpenSearch.InvalidTypeException";
    /// `OpenSearch.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "OpenSearch.LimitExceededException";
    /// `OpenSearch.ResourceAlreadyExistsException`
    pub const RESOURCE_ALREADY_EXISTS: &str = "OpenSearch.ResourceAlreadyExistsException";
    /// `OpenSearch.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "OpenSearch.ResourceNotFoundException";
    /// `OpenSearch.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "OpenSearch.ServiceQuotaExceededException";
    /// `OpenSearch.SlotNotAvailableException`
    pub const SLOT_NOT_AVAILABLE: &str = "OpenSearch.SlotNotAvailableException";
    /// `OpenSearch.ThrottlingException`
    pub const THROTTLING: &str = "OpenSearch.ThrottlingException";
    /// `OpenSearch.ValidationException`
    pub const VALIDATION: &str = "OpenSearch.ValidationException";
}

/// `aws-sdk:opensearchmemory` errors.
pub mod opensearchmemory {
    /// `OpenSearchMemory.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "OpenSearchMemory.AccessDeniedException";
    /// `OpenSearchMemory.ConflictException`
    pub const CONFLICT: &str = "OpenSearchMemory.ConflictException";
    /// `OpenSearchMemory.InternalServerException`
    pub const INTERNAL_SERVER: &str = "OpenSearchMemory.InternalServerException";
    /// `OpenSearchMemory.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "OpenSearchMemory.ResourceNotFoundException";
    /// `OpenSearchMemory.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "OpenSearchMemory.ServiceQuotaExceededException";
    /// `OpenSearchMemory.ThrottlingException`
    pub const THROTTLING: &str = "OpenSearchMemory.ThrottlingException";
    /// `OpenSearchMemory.ValidationException`
    pub const VALIDATION: &str = "OpenSearchMemory.ValidationException";
}

/// `aws-sdk:opensearchserverless` errors.
pub mod opensearchserverless {
    /// `OpenSearchServerless.ConflictException`
    pub const CONFLICT: &str = "OpenSearchServerless.ConflictException";
    /// `OpenSearchServerless.InternalServerException`
    pub const INTERNAL_SERVER: &str = "OpenSearchServerless.InternalServerException";
    /// `OpenSearchServerless.OcuLimitExceededException`
    pub const OCU_LIMIT_EXCEEDED: &str = "OpenSearchServerless.OcuLimitExceededException";
    /// `OpenSearchServerless.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "OpenSearchServerless.ResourceNotFoundException";
    /// `OpenSearchServerless.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "OpenSearchServerless.ServiceQuotaExceededException";
    /// `OpenSearchServerless.ValidationException`
    pub const VALIDATION: &str = "OpenSearchServerless.ValidationException";
}

/// `aws-sdk:organizations` errors.
pub mod organizations {
    /// `Organizations.AWSOrganizationsNotInUseException`
    pub const AWS_ORGANIZATIONS_NOT_IN_USE: &str = "Organizations.AWSOrganizationsNotInUseException";
    /// `Organizations.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Organizations.AccessDeniedException";
    /// `Organizations.AccessDeniedForDependencyException`
    pub const ACCESS_DENIED_FOR_DEPENDENCY: &str = "Organizations.AccessDeniedForDependencyException";
    /// `Organizations.AccountAlreadyClosedException`
    pub const ACCOUNT_ALREADY_CLOSED: &str = "Organizations.AccountAlreadyClosedException";
    /// `Organizations.AccountAlreadyRegisteredException`
    pub const ACCOUNT_ALREADY_REGISTERED: &str = "Organizations.AccountAlreadyRegisteredException";
    /// `Organizations.AccountNotFoundException`
    pub const ACCOUNT_NOT_FOUND: &str = "Organizations.AccountNotFoundException";
    /// `Organizations.AccountNotRegisteredException`
    pub const ACCOUNT_NOT_REGISTERED: &str = "Organizations.AccountNotRegisteredException";
    /// `Organizations.AccountOwnerNotVerifiedException`
    pub const ACCOUNT_OWNER_NOT_VERIFIED: &str = "Organizations.AccountOwnerNotVerifiedException";
    /// `Organizations.AlreadyInOrganizationException`
    pub const ALREADY_IN_ORGANIZATION: &str = "Organizations.AlreadyInOrganizationException";
    /// `Organizations.ChildNotFoundException`
    pub const CHILD_NOT_FOUND: &str = "Organizations.ChildNotFoundException";
    /// `Organizations.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "Organizations.ConcurrentModificationException";
    /// `Organizations.ConflictException`
    pub const CONFLICT: &str = "Organizations.ConflictException";
    /// `Organizations.ConstraintViolationException`
    pub const CONSTRAINT_VIOLATION: &str = "Organizations.ConstraintViolationException";
    /// `Organizations.CreateAccountStatusNotFoundException`
    pub const CREATE_ACCOUNT_STATUS_NOT_FOUND: &str = "Organizations.CreateAccountStatusNotFoundException";
    /// `Organizations.DestinationParentNotFoundException`
    pub const DESTINATION_PARENT_NOT_FOUND: &str = "Organizations.DestinationParentNotFoundException";
    /// `Organizations.DuplicateAccountException`
    pub const DUPLICATE_ACCOUNT: &str = "Organizations.DuplicateAccountException";
    /// `Organizations.DuplicateHandshakeException`
    pub const DUPLICATE_HANDSHAKE: &str = "Organizations.DuplicateHandshakeException";
    /// `Organizations.DuplicateOrganizationalUnitException`
    pub const DUPLICATE_ORGANIZATIONAL_UNIT: &str = "Organizations.DuplicateOrganizationalUnitException";
    /// `Organizations.DuplicatePolicyAttachmentException`
    pub const DUPLICATE_POLICY_ATTACHMENT: &str = "Organizations.DuplicatePolicyAttachmentException";
    /// `Organizations.DuplicatePolicyException`
    pub const DUPLICATE_POLICY: &str = "Organizations.DuplicatePolicyException";
    /// `Organizations.EffectivePolicyNotFoundException`
    pub const EFFECTIVE_POLICY_NOT_FOUND: &str = "Organizations.EffectivePolicyNotFoundException";
    /// `Organizations.FinalizingOrganizationException`
    pub const FINALIZING_ORGANIZATION: &str = "Organizations.FinalizingOrganizationException";
    /// `Organizations.HandshakeAlreadyInStateException`
    pub const HANDSHAKE_ALREADY_IN_STATE: &str = "Organizations.HandshakeAlreadyInStateException";
    /// `Organizations.HandshakeConstraintViolationException`
    pub const HANDSHAKE_CONSTRAINT_VIOLATION: &str = "Organizations.HandshakeConstraintViolationException";
    /// `Organizations.HandshakeNotFoundException`
    pub const HANDSHAKE_NOT_FOUND: &str = "Organizations.HandshakeNotFoundException";
    /// `Organizations.InvalidHandshakeTransitionException`
    pub const INVALID_HANDSHAKE_TRANSITION: &str = "Organizations.InvalidHandshakeTransitionException";
    /// `Organizations.InvalidInputException`
    pub const INVALID_INPUT: &str = "Organizations.InvalidInputException";
    /// `Organizations.InvalidResponsibilityTransferTransitionException`
    pub const INVALID_RESPONSIBILITY_TRANSFER_TRANSITION: &str = "Organizations.InvalidResponsibilityTransferTransitionException";
    /// `Organizations.MalformedPolicyDocumentException`
    pub const MALFORMED_POLICY_DOCUMENT: &str = "Organizations.MalformedPolicyDocumentException";
    /// `Organizations.MasterCannotLeaveOrganizationException`
    pub const MASTER_CANNOT_LEAVE_ORGANIZATION: &str = "Organizations.MasterCannotLeaveOrganizationException";
    /// `Organizations.OrganizationNotEmptyException`
    pub const ORGANIZATION_NOT_EMPTY: &str = "Organizations.OrganizationNotEmptyException";
    /// `Organizations.OrganizationalUnitNotEmptyException`
    pub const ORGANIZATIONAL_UNIT_NOT_EMPTY: &str = "Organizations.OrganizationalUnitNotEmptyException";
    /// `Organizations.OrganizationalUnitNotFoundException`
    pub const ORGANIZATIONAL_UNIT_NOT_FOUND: &str = "Organizations.OrganizationalUnitNotFoundException";
    /// `Organizations.ParentNotFoundException`
    pub const PARENT_NOT_FOUND: &str = "Organizations.ParentNotFoundException";
    /// `Organizations.PolicyChangesInProgressException`
    pub const POLICY_CHANGES_IN_PROGRESS: &str = "Organizations.PolicyChangesInProgressException";
    /// `Organizations.PolicyInUseException`
    pub const POLICY_IN_USE: &str = "Organizations.PolicyInUseException";
    /// `Organizations.PolicyNotAttachedException`
    pub const POLICY_NOT_ATTACHED: &str = "Organizations.PolicyNotAttachedException";
    /// `Organizations.PolicyNotFoundException`
    pub const POLICY_NOT_FOUND: &str = "Organizations.PolicyNotFoundException";
    /// `Organizations.PolicyTypeAlreadyEnabledException`
    pub const POLICY_TYPE_ALREADY_ENABLED: &str = "Organizations.PolicyTypeAlreadyEnabledException";
    /// `Organizations.PolicyTypeNotAvailableForOrganizationException`
    pub const POLICY_TYPE_NOT_AVAILABLE_FOR_ORGANIZATION: &str = "Organizations.PolicyTypeNotAvailableForOrganizationException";
    /// `Organizations.PolicyTypeNotEnabledException`
    pub const POLICY_TYPE_NOT_ENABLED: &str = "Organizations.PolicyTypeNotEnabledException";
    /// `Organizations.ResourcePolicyNotFoundException`
    pub const RESOURCE_POLICY_NOT_FOUND: &str = "Organizations.ResourcePolicyNotFoundException";
    /// `Organizations.ResponsibilityTransferAlreadyInStatusException`
    pub const RESPONSIBILITY_TRANSFER_ALREADY_IN_STATUS: &str = "Organizations.ResponsibilityTransferAlreadyInStatusException";
    /// `Organizations.ResponsibilityTransferNotFoundException`
    pub const RESPONSIBILITY_TRANSFER_NOT_FOUND: &str = "Organizations.ResponsibilityTransferNotFoundException";
    /// `Organizations.RootNotFoundException`
    pub const ROOT_NOT_FOUND: &str = "Organizations.RootNotFoundException";
    /// `Organizations.ServiceException`
    pub const SERVICE: &str = "Organizations.ServiceException";
    /// `Organizations.SourceParentNotFoundException`
    pub const SOURCE_PARENT_NOT_FOUND: &str = "Organizations.SourceParentNotFoundException";
    /// `Organizations.TargetNotFoundException`
    pub const TARGET_NOT_FOUND: &str = "Organizations.TargetNotFoundException";
    /// `Organizations.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "Organizations.TooManyRequestsException";
    /// `Organizations.UnsupportedAPIEndpointException`
    pub const UNSUPPORTED_API_ENDPOINT: &str = "Organizations.UnsupportedAPIEndpointException";
}

/// `aws-sdk:osis` errors.
pub mod osis {
    /// `Osis.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Osis.AccessDeniedException";
    /// `Osis.ConflictException`
    pub const CONFLICT: &str = "Osis.ConflictException";
    /// `Osis.DisabledOperationException`
    pub const DISABLED_OPERATION: &str = "Osis.DisabledOperationException";
    /// `Osis.InternalException`
    pub const INTERNAL: &str = "Osis.InternalException";
    /// `Osis.InvalidPaginationTokenException`
    pub const INVALID_PAGINATION_TOKEN: &str = "Osis.InvalidPaginationTokenException";
    /// `Osis.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Osis.LimitExceededException";
    /// `Osis.ResourceAlreadyExistsException`
    pub const RESOURCE_ALREADY_EXISTS: &str = "Osis.ResourceAlreadyExistsException";
    /// `Osis.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Osis.ResourceNotFoundException";
    /// `Osis.ValidationException`
    pub const VALIDATION: &str = "Osis.ValidationException";
}

/// `aws-sdk:outposts` errors.
pub mod outposts {
    /// `Outposts.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Outposts.AccessDeniedException";
    /// `Outposts.ConflictException`
    pub const CONFLICT: &str = "Outposts.ConflictException";
    /// `Outposts.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Outposts.InternalServerException";
    /// `Outposts.NotFoundException`
    pub const NOT_FOUND: &str = "Outposts.NotFoundException";
    /// `Outposts.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Outposts.ServiceQuotaExceededException";
    /// `Outposts.ValidationException`
    pub const VALIDATION: &str = "Outposts.ValidationException";
}

/// `aws-sdk:partnercentralaccount` errors.
pub mod partnercentralaccount {
    /// `PartnerCentralAccount.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "PartnerCentralAccount.AccessDeniedException";
    /// `PartnerCentralAccount.ConflictException`
    pub const CONFLICT: &str = "PartnerCentralAccount.ConflictException";
    /// `PartnerCentralAccount.InternalServerException`
    pub const INTERNAL_SERVER: &str = "PartnerCentralAccount.InternalServerException";
    /// `PartnerCentralAccount.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "PartnerCentralAccount.ResourceNotFoundException";
    /// `PartnerCentralAccount.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "PartnerCentralAccount.ServiceQuotaExceededException";
    /// `PartnerCentralAccount.ThrottlingException`
    pub const THROTTLING: &str = "PartnerCentralAccount.ThrottlingException";
    /// `PartnerCentralAccount.ValidationException`
    pub const VALIDATION: &str = "PartnerCentralAccount.ValidationException";
}

/// `aws-sdk:partnercentralbenefits` errors.
pub mod partnercentralbenefits {
    /// `PartnerCentralBenefits.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "PartnerCentralBenefits.AccessDeniedException";
    /// `PartnerCentralBenefits.ConflictException`
    pub const CONFLICT: &str = "PartnerCentralBenefits.ConflictException";
    /// `PartnerCentralBenefits.InternalServerException`
    pub const INTERNAL_SERVER: &str = "PartnerCentralBenefits.InternalServerException";
    /// `PartnerCentralBenefits.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "PartnerCentralBenefits.ResourceNotFoundException";
    /// `PartnerCentralBenefits.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "PartnerCentralBenefits.ServiceQuotaExceededException";
    /// `PartnerCentralBenefits.ThrottlingException`
    pub const THROTTLING: &str = "PartnerCentralBenefits.ThrottlingException";
    /// `PartnerCentralBenefits.ValidationException`
    pub const VALIDATION: &str = "PartnerCentralBenefits.ValidationException";
}

/// `aws-sdk:partnercentralchannel` errors.
pub mod partnercentralchannel {
    /// `PartnerCentralChannel.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "PartnerCentralChannel.AccessDeniedException";
    /// `PartnerCentralChannel.ConflictException`
    pub const CONFLICT: &str = "PartnerCentralChannel.ConflictException";
    /// `PartnerCentralChannel.InternalServerException`
    pub const INTERNAL_SERVER: &str = "PartnerCentralChannel.InternalServerException";
    /// `PartnerCentralChannel.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "PartnerCentralChannel.ResourceNotFoundException";
    /// `PartnerCentralChannel.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "PartnerCentralChannel.ServiceQuotaExceededException";
    /// `PartnerCentralChannel.ThrottlingException`
    pub const THROTTLING: &str = "PartnerCentralChannel.ThrottlingException";
    /// `PartnerCentralChannel.ValidationException`
    pub const VALIDATION: &str = "PartnerCentralChannel.ValidationException";
}

/// `aws-sdk:partnercentralmarketing` errors.
pub mod partnercentralmarketing {
    /// `PartnerCentralMarketing.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "PartnerCentralMarketing.AccessDeniedException";
    /// `PartnerCentralMarketing.ConflictException`
    pub const CONFLICT: &str = "PartnerCentralMarketing.ConflictException";
    /// `PartnerCentralMarketing.InternalServerException`
    pub const INTERNAL_SERVER: &str = "PartnerCentralMarketing.InternalServerException";
    /// `PartnerCentralMarketing.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "PartnerCentralMarketing.ResourceNotFoundException";
    /// `PartnerCentralMarketing.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "PartnerCentralMarketing.ServiceQuotaExceededException";
    /// `PartnerCentralMarketing.ThrottlingException`
    pub const THROTTLING: &str = "PartnerCentralMarketing.ThrottlingException";
    /// `PartnerCentralMarketing.ValidationException`
    pub const VALIDATION: &str = "PartnerCentralMarketing.ValidationException";
}

/// `aws-sdk:partnercentralrevenuemeasurement` errors.
pub mod partnercentralrevenuemeasurement {
    /// `PartnerCentralRevenueMeasurement.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "PartnerCentralRevenueMeasurement.AccessDeniedException";
    /// `PartnerCentralRevenueMeasurement.ConflictException`
    pub const CONFLICT: &str = "PartnerCentralRevenueMeasurement.ConflictException";
    /// `PartnerCentralRevenueMeasurement.InternalServerException`
    pub const INTERNAL_SERVER: &str = "PartnerCentralRevenueMeasurement.InternalServerException";
    /// `PartnerCentralRevenueMeasurement.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "PartnerCentralRevenueMeasurement.ResourceNotFoundException";
    /// `PartnerCentralRevenueMeasurement.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "PartnerCentralRevenueMeasurement.ServiceQuotaExceededException";
    /// `PartnerCentralRevenueMeasurement.ThrottlingException`
    pub const THROTTLING: &str = "PartnerCentralRevenueMeasurement.ThrottlingException";
    /// `PartnerCentralRevenueMeasurement.ValidationException`
    pub const VALIDATION: &str = "PartnerCentralRevenueMeasurement.ValidationException";
}

/// `aws-sdk:partnercentralselling` errors.
pub mod partnercentralselling {
    /// `PartnerCentralSelling.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "PartnerCentralSelling.AccessDeniedException";
    /// `PartnerCentralSelling.ConflictException`
    pub const CONFLICT: &str = "PartnerCentralSelling.ConflictException";
    /// `PartnerCentralSelling.InternalServerException`
    pub const INTERNAL_SERVER: &str = "PartnerCentralSelling.InternalServerException";
    /// `PartnerCentralSelling.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "PartnerCentralSelling.ResourceNotFoundException";
    /// `PartnerCentralSelling.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "PartnerCentralSelling.ServiceQuotaExceededException";
    /// `PartnerCentralSelling.ThrottlingException`
    pub const THROTTLING: &str = "PartnerCentralSelling.ThrottlingException";
    /// `PartnerCentralSelling.ValidationException`
    pub const VALIDATION: &str = "PartnerCentralSelling.ValidationException";
}

/// `aws-sdk:paymentcryptography` errors.
pub mod paymentcryptography {
    /// `PaymentCryptography.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "PaymentCryptography.AccessDeniedException";
    /// `PaymentCryptography.ConflictException`
    pub const CONFLICT: &str = "PaymentCryptography.ConflictException";
    /// `PaymentCryptography.InternalServerException`
    pub const INTERNAL_SERVER: &str = "PaymentCryptography.InternalServerException";
    /// `PaymentCryptography.PublicPolicyException`
    pub const PUBLIC_POLICY: &str = "PaymentCryptography.PublicPolicyException";
    /// `PaymentCryptography.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "PaymentCryptography.ResourceNotFoundException";
    /// `PaymentCryptography.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "PaymentCryptography.ServiceQuotaExceededException";
    /// `PaymentCryptography.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "PaymentCryptography.ServiceUnavailableException";
    /// `PaymentCryptography.ThrottlingException`
    pub const THROTTLING: &str = "PaymentCryptography.ThrottlingException";
    /// `PaymentCryptography.ValidationException`
    pub const VALIDATION: &str = "PaymentCryptography.ValidationException";
}

/// `aws-sdk:paymentcryptographydata` errors.
pub mod paymentcryptographydata {
    /// `PaymentCryptographyData.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "PaymentCryptographyData.AccessDeniedException";
    /// `PaymentCryptographyData.InternalServerException`
    pub const INTERNAL_SERVER: &str = "PaymentCryptographyData.InternalServerException";
    /// `PaymentCryptographyData.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "PaymentCryptographyData.ResourceNotFoundException";
    /// `PaymentCryptographyData.ThrottlingException`
    pub const THROTTLING: &str = "PaymentCryptographyData.ThrottlingException";
    /// `PaymentCryptographyData.ValidationException`
    pub const VALIDATION: &str = "PaymentCryptographyData.ValidationException";
    /// `PaymentCryptographyData.VerificationFailedException`
    pub const VERIFICATION_FAILED: &str = "PaymentCryptographyData.VerificationFailedException";
}

/// `aws-sdk:payments` errors.
pub mod payments {
    /// `Payments.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Payments.AccessDeniedException";
    /// `Payments.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Payments.InternalServerException";
    /// `Payments.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Payments.ResourceNotFoundException";
    /// `Payments.ThrottlingException`
    pub const THROTTLING: &str = "Payments.ThrottlingException";
    /// `Payments.ValidationException`
    pub const VALIDATION: &str = "Payments.ValidationException";
}

/// `aws-sdk:pcaconnectorad` errors.
pub mod pcaconnectorad {
    /// `PcaConnectorAd.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "PcaConnectorAd.AccessDeniedException";
    /// `PcaConnectorAd.ConflictException`
    pub const CONFLICT: &str = "PcaConnectorAd.ConflictException";
    /// `PcaConnectorAd.InternalServerException`
    pub const INTERNAL_SERVER: &str = "PcaConnectorAd.InternalServerException";
    /// `PcaConnectorAd.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "PcaConnectorAd.ResourceNotFoundException";
    /// `PcaConnectorAd.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "PcaConnectorAd.ServiceQuotaExceededException";
    /// `PcaConnectorAd.ThrottlingException`
    pub const THROTTLING: &str = "PcaConnectorAd.ThrottlingException";
    /// `PcaConnectorAd.ValidationException`
    pub const VALIDATION: &str = "PcaConnectorAd.ValidationException";
}

/// `aws-sdk:pcaconnectorscep` errors.
pub mod pcaconnectorscep {
    /// `PcaConnectorScep.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "PcaConnectorScep.AccessDeniedException";
    /// `PcaConnectorScep.BadRequestException`
    pub const BAD_REQUEST: &str = "PcaConnectorScep.BadRequestException";
    /// `PcaConnectorScep.ConflictException`
    pub const CONFLICT: &str = "PcaConnectorScep.ConflictException";
    /// `PcaConnectorScep.InternalServerException`
    pub const INTERNAL_SERVER: &str = "PcaConnectorScep.InternalServerException";
    /// `PcaConnectorScep.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "PcaConnectorScep.ResourceNotFoundException";
    /// `PcaConnectorScep.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "PcaConnectorScep.ServiceQuotaExceededException";
    /// `PcaConnectorScep.ThrottlingException`
    pub const THROTTLING: &str = "PcaConnectorScep.ThrottlingException";
    /// `PcaConnectorScep.ValidationException`
    pub const VALIDATION: &str = "PcaConnectorScep.ValidationException";
}

/// `aws-sdk:pcs` errors.
pub mod pcs {
    /// `Pcs.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Pcs.AccessDeniedException";
    /// `Pcs.ConflictException`
    pub const CONFLICT: &str = "Pcs.ConflictException";
    /// `Pcs.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Pcs.InternalServerException";
    /// `Pcs.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Pcs.ResourceNotFoundException";
    /// `Pcs.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Pcs.ServiceQuotaExceededException";
    /// `Pcs.ThrottlingException`
    pub const THROTTLING: &str = "Pcs.ThrottlingException";
    /// `Pcs.ValidationException`
    pub const VALIDATION: &str = "Pcs.ValidationException";
}

/// `aws-sdk:personalize` errors.
pub mod personalize {
    /// `Personalize.InvalidInputException`
    pub const INVALID_INPUT: &str = "Personalize.InvalidInputException";
    /// `Personalize.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "Personalize.InvalidNextTokenException";
    /// `Personalize.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Personalize.LimitExceededException";
    /// `Personalize.ResourceAlreadyExistsException`
    pub const RESOURCE_ALREADY_EXISTS: &str = "Personalize.ResourceAlreadyExistsException";
    /// `Personalize.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "Personalize.ResourceInUseException";
    /// `Personalize.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Personalize.ResourceNotFoundException";
    /// `Personalize.TooManyTagKeysException`
    pub const TOO_MANY_TAG_KEYS: &str = "Personalize.TooManyTagKeysException";
    /// `Personalize.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "Personalize.TooManyTagsException";
}

/// `aws-sdk:personalizeevents` errors.
pub mod personalizeevents {
    /// `PersonalizeEvents.InvalidInputException`
    pub const INVALID_INPUT: &str = "PersonalizeEvents.InvalidInputException";
    /// `PersonalizeEvents.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "PersonalizeEvents.ResourceInUseException";
    /// `PersonalizeEvents.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "PersonalizeEvents.ResourceNotFoundException";
}

/// `aws-sdk:personalizeruntime` errors.
pub mod personalizeruntime {
    /// `PersonalizeRuntime.InvalidInputException`
    pub const INVALID_INPUT: &str = "PersonalizeRuntime.InvalidInputException";
    /// `PersonalizeRuntime.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "PersonalizeRuntime.ResourceNotFoundException";
}

/// `aws-sdk:pi` errors.
pub mod pi {
    /// `Pi.InternalServiceErrorException`
    pub const INTERNAL_SERVICE_ERROR: &str = "Pi.InternalServiceErrorException";
    /// `Pi.InvalidArgumentException`
    pub const INVALID_ARGUMENT: &str = "Pi.InvalidArgumentException";
    /// `Pi.NotAuthorizedException`
    pub const NOT_AUTHORIZED: &str = "Pi.NotAuthorizedException";
}

/// `aws-sdk:pinpoint` errors.
pub mod pinpoint {
    /// `Pinpoint.BadRequestException`
    pub const BAD_REQUEST: &str = "Pinpoint.BadRequestException";
    /// `Pinpoint.ConflictException`
    pub const CONFLICT: &str = "Pinpoint.ConflictException";
    /// `Pinpoint.ForbiddenException`
    pub const FORBIDDEN: &str = "Pinpoint.ForbiddenException";
    /// `Pinpoint.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "Pinpoint.InternalServerErrorException";
    /// `Pinpoint.MethodNotAllowedException`
    pub const METHOD_NOT_ALLOWED: &str = "Pinpoint.MethodNotAllowedException";
    /// `Pinpoint.NotFoundException`
    pub const NOT_FOUND: &str = "Pinpoint.NotFoundException";
    /// `Pinpoint.PayloadTooLargeException`
    pub const PAYLOAD_TOO_LARGE: &str = "Pinpoint.PayloadTooLargeException";
    /// `Pinpoint.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "Pinpoint.TooManyRequestsException";
}

/// `aws-sdk:pinpointemail` errors.
pub mod pinpointemail {
    /// `PinpointEmail.AccountSuspendedException`
    pub const ACCOUNT_SUSPENDED: &str = "PinpointEmail.AccountSuspendedException";
    /// `PinpointEmail.AlreadyExistsException`
    pub const ALREADY_EXISTS: &str = "PinpointEmail.AlreadyExistsException";
    /// `PinpointEmail.BadRequestException`
    pub const BAD_REQUEST: &str = "PinpointEmail.BadRequestException";
    /// `PinpointEmail.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "PinpointEmail.ConcurrentModificationException";
    /// `PinpointEmail.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "PinpointEmail.LimitExceededException";
    /// `PinpointEmail.MailFromDomainNotVerifiedException`
    pub const MAIL_FROM_DOMAIN_NOT_VERIFIED: &str = "PinpointEmail.MailFromDomainNotVerifiedException";
    /// `PinpointEmail.MessageRejectedException`
    pub const MESSAGE_REJECTED: &str = "PinpointEmail.MessageRejectedException";
    /// `PinpointEmail.NotFoundException`
    pub const NOT_FOUND: &str = "PinpointEmail.NotFoundException";
    /// `PinpointEmail.SendingPausedException`
    pub const SENDING_PAUSED: &str = "PinpointEmail.SendingPausedException";
    /// `PinpointEmail.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "PinpointEmail.TooManyRequestsException";
}

/// `aws-sdk:pinpointsmsvoice` errors.
pub mod pinpointsmsvoice {
    /// `PinpointSmsVoice.AlreadyExistsException`
    pub const ALREADY_EXISTS: &str = "PinpointSmsVoice.AlreadyExistsException";
    /// `PinpointSmsVoice.BadRequestException`
    pub const BAD_REQUEST: &str = "PinpointSmsVoice.BadRequestException";
    /// `PinpointSmsVoice.InternalServiceErrorException`
    pub const INTERNAL_SERVICE_ERROR: &str = "PinpointSmsVoice.InternalServiceErrorException";
    /// `PinpointSmsVoice.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "PinpointSmsVoice.LimitExceededException";
    /// `PinpointSmsVoice.NotFoundException`
    pub const NOT_FOUND: &str = "PinpointSmsVoice.NotFoundException";
    /// `PinpointSmsVoice.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "PinpointSmsVoice.TooManyRequestsException";
}

/// `aws-sdk:pinpointsmsvoicev2` errors.
pub mod pinpointsmsvoicev2 {
    /// `PinpointSmsVoiceV2.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "PinpointSmsVoiceV2.AccessDeniedException";
    /// `PinpointSmsVoiceV2.ConflictException`
    pub const CONFLICT: &str = "PinpointSmsVoiceV2.ConflictException";
    /// `PinpointSmsVoiceV2.InternalServerException`
    pub const INTERNAL_SERVER: &str = "PinpointSmsVoiceV2.InternalServerException";
    /// `PinpointSmsVoiceV2.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "PinpointSmsVoiceV2.ResourceNotFoundException";
    /// `PinpointSmsVoiceV2.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "PinpointSmsVoiceV2.ServiceQuotaExceededException";
    /// `PinpointSmsVoiceV2.ThrottlingException`
    pub const THROTTLING: &str = "PinpointSmsVoiceV2.ThrottlingException";
    /// `PinpointSmsVoiceV2.ValidationException`
    pub const VALIDATION: &str = "PinpointSmsVoiceV2.ValidationException";
}

/// `aws-sdk:pipes` errors.
pub mod pipes {
    /// `Pipes.ConflictException`
    pub const CONFLICT: &str = "Pipes.ConflictException";
    /// `Pipes.InternalException`
    pub const INTERNAL: &str = "Pipes.InternalException";
    /// `Pipes.NotFoundException`
    pub const NOT_FOUND: &str = "Pipes.NotFoundException";
    /// `Pipes.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Pipes.ServiceQuotaExceededException";
    /// `Pipes.ThrottlingException`
    pub const THROTTLING: &str = "Pipes.ThrottlingException";
    /// `Pipes.ValidationException`
    pub const VALIDATION: &str = "Pipes.ValidationException";
}

/// `aws-sdk:polly` errors.
pub mod polly {
    /// `Polly.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Polly.AccessDeniedException";
    /// `Polly.ConflictException`
    pub const CONFLICT: &str = "Polly.ConflictException";
    /// `Polly.EngineNotSupportedException`
    pub const ENGINE_NOT_SUPPORTED: &str = "Polly.EngineNotSupportedException";
    /// `Polly.InvalidLexiconException`
    pub const INVALID_LEXICON: &str = "Polly.InvalidLexiconException";
    /// `Polly.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "Polly.InvalidNextTokenException";
    /// `Polly.InvalidS3BucketException`
    pub const INVALID_S3_BUCKET: &str = "Polly.InvalidS3BucketException";
    /// `Polly.InvalidS3KeyException`
    pub const INVALID_S3_KEY: &str = "Polly.InvalidS3KeyException";
    /// `Polly.InvalidSampleRateException`
    pub const INVALID_SAMPLE_RATE: &str = "Polly.InvalidSampleRateException";
    /// `Polly.InvalidSnsTopicArnException`
    pub const INVALID_SNS_TOPIC_ARN: &str = "Polly.InvalidSnsTopicArnException";
    /// `Polly.InvalidSsmlException`
    pub const INVALID_SSML: &str = "Polly.InvalidSsmlException";
    /// `Polly.InvalidTagParameterException`
    pub const INVALID_TAG_PARAMETER: &str = "Polly.InvalidTagParameterException";
    /// `Polly.InvalidTaskIdException`
    pub const INVALID_TASK_ID: &str = "Polly.InvalidTaskIdException";
    /// `Polly.LanguageNotSupportedException`
    pub const LANGUAGE_NOT_SUPPORTED: &str = "Polly.LanguageNotSupportedException";
    /// `Polly.LexiconNotFoundException`
    pub const LEXICON_NOT_FOUND: &str = "Polly.LexiconNotFoundException";
    /// `Polly.LexiconSizeExceededException`
    pub const LEXICON_SIZE_EXCEEDED: &str = "Polly.LexiconSizeExceededException";
    /// `Polly.MarksNotSupportedForFormatException`
    pub const MARKS_NOT_SUPPORTED_FOR_FORMAT: &str = "Polly.MarksNotSupportedForFormatException";
    /// `Polly.MaxLexemeLengthExceededException`
    pub const MAX_LEXEME_LENGTH_EXCEEDED: &str = "Polly.MaxLexemeLengthExceededException";
    /// `Polly.MaxLexiconsNumberExceededException`
    pub const MAX_LEXICONS_NUMBER_EXCEEDED: &str = "Polly.MaxLexiconsNumberExceededException";
    /// `Polly.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Polly.ResourceNotFoundException";
    /// `Polly.ServiceFailureException`
    pub const SERVICE_FAILURE: &str = "Polly.ServiceFailureException";
    /// `Polly.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Polly.ServiceQuotaExceededException";
    /// `Polly.SsmlMarksNotSupportedForTextTypeException`
    pub const SSML_MARKS_NOT_SUPPORTED_FOR_TEXT_TYPE: &str = "Polly.SsmlMarksNotSupportedForTextTypeException";
    /// `Polly.SynthesisTaskNotFoundException`
    pub const SYNTHESIS_TASK_NOT_FOUND: &str = "Polly.SynthesisTaskNotFoundException";
    /// `Polly.TextLengthExceededException`
    pub const TEXT_LENGTH_EXCEEDED: &str = "Polly.TextLengthExceededException";
    /// `Polly.ThrottlingException`
    pub const THROTTLING: &str = "Polly.ThrottlingException";
    /// `Polly.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "Polly.TooManyTagsException";
    /// `Polly.UnsupportedPlsAlphabetException`
    pub const UNSUPPORTED_PLS_ALPHABET: &str = "Polly.UnsupportedPlsAlphabetException";
    /// `Polly.UnsupportedPlsLanguageException`
    pub const UNSUPPORTED_PLS_LANGUAGE: &str = "Polly.UnsupportedPlsLanguageException";
    /// `Polly.ValidationException`
    pub const VALIDATION: &str = "Polly.ValidationException";
}

/// `aws-sdk:pricing` errors.
pub mod pricing {
    /// `Pricing.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Pricing.AccessDeniedException";
    /// `Pricing.ExpiredNextTokenException`
    pub const EXPIRED_NEXT_TOKEN: &str = "Pricing.ExpiredNextTokenException";
    /// `Pricing.InternalErrorException`
    pub const INTERNAL_ERROR: &str = "Pricing.InternalErrorException";
    /// `Pricing.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "Pricing.InvalidNextTokenException";
    /// `Pricing.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "Pricing.InvalidParameterException";
    /// `Pricing.NotFoundException`
    pub const NOT_FOUND: &str = "Pricing.NotFoundException";
    /// `Pricing.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Pricing.ResourceNotFoundException";
    /// `Pricing.ThrottlingException`
    pub const THROTTLING: &str = "Pricing.ThrottlingException";
}

/// `aws-sdk:pricingplanmanager` errors.
pub mod pricingplanmanager {
    /// `PricingPlanManager.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "PricingPlanManager.AccessDeniedException";
    /// `PricingPlanManager.ConflictException`
    pub const CONFLICT: &str = "PricingPlanManager.ConflictException";
    /// `PricingPlanManager.InternalServerException`
    pub const INTERNAL_SERVER: &str = "PricingPlanManager.InternalServerException";
    /// `PricingPlanManager.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "PricingPlanManager.ResourceNotFoundException";
    /// `PricingPlanManager.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "PricingPlanManager.ServiceQuotaExceededException";
    /// `PricingPlanManager.ThrottlingException`
    pub const THROTTLING: &str = "PricingPlanManager.ThrottlingException";
    /// `PricingPlanManager.ValidationException`
    pub const VALIDATION: &str = "PricingPlanManager.ValidationException";
}

/// `aws-sdk:proton` errors.
pub mod proton {
    /// `Proton.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Proton.AccessDeniedException";
    /// `Proton.ConflictException`
    pub const CONFLICT: &str = "Proton.ConflictException";
    /// `Proton.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Proton.InternalServerException";
    /// `Proton.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Proton.ResourceNotFoundException";
    /// `Proton.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Proton.ServiceQuotaExceededException";
    /// `Proton.ThrottlingException`
    pub const THROTTLING: &str = "Proton.ThrottlingException";
    /// `Proton.ValidationException`
    pub const VALIDATION: &str = "Proton.ValidationException";
}

/// `aws-sdk:qapps` errors.
pub mod qapps {
    /// `QApps.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "QApps.AccessDeniedException";
    /// `QApps.ConflictException`
    pub const CONFLICT: &str = "QApps.ConflictException";
    /// `QApps.ContentTooLargeException`
    pub const CONTENT_TOO_LARGE: &str = "QApps.ContentTooLargeException";
    /// `QApps.InternalServerException`
    pub const INTERNAL_SERVER: &str = "QApps.InternalServerException";
    /// `QApps.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "QApps.ResourceNotFoundException";
    /// `QApps.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "QApps.ServiceQuotaExceededException";
    /// `QApps.ThrottlingException`
    pub const THROTTLING: &str = "QApps.ThrottlingException";
    /// `QApps.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "QApps.UnauthorizedException";
    /// `QApps.ValidationException`
    pub const VALIDATION: &str = "QApps.ValidationException";
}

/// `aws-sdk:qbusiness` errors.
pub mod qbusiness {
    /// `QBusiness.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "QBusiness.AccessDeniedException";
    /// `QBusiness.ConflictException`
    pub const CONFLICT: &str = "QBusiness.ConflictException";
    /// `QBusiness.ExternalResourceException`
    pub const EXTERNAL_RESOURCE: &str = "QBusiness.ExternalResourceException";
    /// `QBusiness.InternalServerException`
    pub const INTERNAL_SERVER: &str = "QBusiness.InternalServerException";
    /// `QBusiness.LicenseNotFoundException`
    pub const LICENSE_NOT_FOUND: &str = "QBusiness.LicenseNotFoundException";
    /// `QBusiness.MediaTooLargeException`
    pub const MEDIA_TOO_LARGE: &str = "QBusiness.MediaTooLargeException";
    /// `QBusiness.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "QBusiness.ResourceNotFoundException";
    /// `QBusiness.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "QBusiness.ServiceQuotaExceededException";
    /// `QBusiness.ThrottlingException`
    pub const THROTTLING: &str = "QBusiness.ThrottlingException";
    /// `QBusiness.ValidationException`
    pub const VALIDATION: &str = "QBusiness.ValidationException";
}

/// `aws-sdk:qconnect` errors.
pub mod qconnect {
    /// `QConnect.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "QConnect.AccessDeniedException";
    /// `QConnect.ConflictException`
    pub const CONFLICT: &str = "QConnect.ConflictException";
    /// `QConnect.DependencyFailedException`
    pub const DEPENDENCY_FAILED: &str = "QConnect.DependencyFailedException";
    /// `QConnect.PreconditionFailedException`
    pub const PRECONDITION_FAILED: &str = "QConnect.PreconditionFailedException";
    /// `QConnect.RequestTimeoutException`
    pub const REQUEST_TIMEOUT: &str = "QConnect.RequestTimeoutException";
    /// `QConnect.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "QConnect.ResourceNotFoundException";
    /// `QConnect.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "QConnect.ServiceQuotaExceededException";
    /// `QConnect.ThrottlingException`
    pub const THROTTLING: &str = "QConnect.ThrottlingException";
    /// `QConnect.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "QConnect.TooManyTagsException";
    /// `QConnect.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "QConnect.UnauthorizedException";
    /// `QConnect.UnprocessableContentException`
    pub const UNPROCESSABLE_CONTENT: &str = "QConnect.UnprocessableContentException";
    /// `QConnect.ValidationException`
    pub const VALIDATION: &str = "QConnect.ValidationException";
}

/// `aws-sdk:quicksight` errors.
pub mod quicksight {
    /// `QuickSight.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "QuickSight.AccessDeniedException";
    /// `QuickSight.ConcurrentUpdatingException`
    pub const CONCURRENT_UPDATING: &str = "QuickSight.ConcurrentUpdatingException";
    /// `QuickSight.ConflictException`
    pub const CONFLICT: &str = "QuickSight.ConflictException";
    /// `QuickSight.CustomerManagedKeyUnavailableException`
    pub const CUSTOMER_MANAGED_KEY_UNAVAILABLE: &str = "QuickSight.CustomerManagedKeyUnavailableException";
    /// `QuickSight.DomainNotWhitelistedException`
    pub const DOMAIN_NOT_WHITELISTED: &str = "QuickSight.DomainNotWhitelistedException";
    /// `QuickSight.IdentityTypeNotSupportedException`
    pub const IDENTITY_TYPE_NOT_SUPPORTED: &str = "QuickSight.IdentityTypeNotSupportedException";
    /// `QuickSight.InternalFailureException`
    pub const INTERNAL_FAILURE: &str = "QuickSight.InternalFailureException";
    /// `QuickSight.InternalServerException`
    pub const INTERNAL_SERVER: &str = "QuickSight.InternalServerException";
    /// `QuickSight.InvalidDataSetParameterValueException`
    pub const INVALID_DATA_SET_PARAMETER_VALUE: &str = "QuickSight.InvalidDataSetParameterValueException";
    /// `QuickSight.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "QuickSight.InvalidNextTokenException";
    /// `QuickSight.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "QuickSight.InvalidParameterException";
    /// `QuickSight.InvalidParameterValueException`
    pub const INVALID_PARAMETER_VALUE: &str = "QuickSight.InvalidParameterValueException";
    /// `QuickSight.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "QuickSight.InvalidRequestException";
    /// `QuickSight.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "QuickSight.LimitExceededException";
    /// `QuickSight.PreconditionNotMetException`
    pub const PRECONDITION_NOT_MET: &str = "QuickSight.PreconditionNotMetException";
    /// `QuickSight.QuickSightUserNotFoundException`
    pub const QUICK_SIGHT_USER_NOT_FOUND: &str = "QuickSight.QuickSightUserNotFoundException";
    /// `QuickSight.ResourceExistsException`
    pub const RESOURCE_EXISTS: &str = "QuickSight.ResourceExistsException";
    /// `QuickSight.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "QuickSight.ResourceNotFoundException";
    /// `QuickSight.ResourceUnavailableException`
    pub const RESOURCE_UNAVAILABLE: &str = "QuickSight.ResourceUnavailableException";
    /// `QuickSight.SessionLifetimeInMinutesInvalidException`
    pub const SESSION_LIFETIME_IN_MINUTES_INVALID: &str = "QuickSight.SessionLifetimeInMinutesInvalidException";
    /// `QuickSight.ThrottlingException`
    pub const THROTTLING: &str = "QuickSight.ThrottlingException";
    /// `QuickSight.UnsupportedPricingPlanException`
    pub const UNSUPPORTED_PRICING_PLAN: &str = "QuickSight.UnsupportedPricingPlanException";
    /// `QuickSight.UnsupportedUserEditionException`
    pub const UNSUPPORTED_USER_EDITION: &str = "QuickSight.UnsupportedUserEditionException";
}

/// `aws-sdk:ram` errors.
pub mod ram {
    /// `Ram.IdempotentParameterMismatchException`
    pub const IDEMPOTENT_PARAMETER_MISMATCH: &str = "Ram.IdempotentParameterMismatchException";
    /// `Ram.InvalidClientTokenException`
    pub const INVALID_CLIENT_TOKEN: &str = "Ram.InvalidClientTokenException";
    /// `Ram.InvalidMaxResultsException`
    pub const INVALID_MAX_RESULTS: &str = "Ram.InvalidMaxResultsException";
    /// `Ram.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "Ram.InvalidNextTokenException";
    /// `Ram.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "Ram.InvalidParameterException";
    /// `Ram.InvalidPolicyException`
    pub const INVALID_POLICY: &str = "Ram.InvalidPolicyException";
    /// `Ram.InvalidResourceTypeException`
    pub const INVALID_RESOURCE_TYPE: &str = "Ram.InvalidResourceTypeException";
    /// `Ram.InvalidStateTransitionException`
    pub const INVALID_STATE_TRANSITION: &str = "Ram.InvalidStateTransitionException";
    /// `Ram.MalformedArnException`
    pub const MALFORMED_ARN: &str = "Ram.MalformedArnException";
    /// `Ram.MalformedPolicyTemplateException`
    pub const MALFORMED_POLICY_TEMPLATE: &str = "Ram.MalformedPolicyTemplateException";
    /// `Ram.MissingRequiredParameterException`
    pub const MISSING_REQUIRED_PARAMETER: &str = "Ram.MissingRequiredParameterException";
    /// `Ram.OperationNotPermittedException`
    pub const OPERATION_NOT_PERMITTED: &str = "Ram.OperationNotPermittedException";
    /// `Ram.PermissionAlreadyExistsException`
    pub const PERMISSION_ALREADY_EXISTS: &str = "Ram.PermissionAlreadyExistsException";
    /// `Ram.PermissionLimitExceededException`
    pub const PERMISSION_LIMIT_EXCEEDED: &str = "Ram.PermissionLimitExceededException";
    /// `Ram.PermissionVersionsLimitExceededException`
    pub const PERMISSION_VERSIONS_LIMIT_EXCEEDED: &str = "Ram.PermissionVersionsLimitExceededException";
    /// `Ram.ResourceArnNotFoundException`
    pub const RESOURCE_ARN_NOT_FOUND: &str = "Ram.ResourceArnNotFoundException";
    /// `Ram.ResourceShareInvitationAlreadyAcceptedException`
    pub const RESOURCE_SHARE_INVITATION_ALREADY_ACCEPTED: &str = "Ram.ResourceShareInvitationAlreadyAcceptedException";
    /// `Ram.ResourceShareInvitationAlreadyRejectedException`
    pub const RESOURCE_SHARE_INVITATION_ALREADY_REJECTED: &str = "Ram.ResourceShareInvitationAlreadyRejectedException";
    /// `Ram.ResourceShareInvitationArnNotFoundException`
    pub const RESOURCE_SHARE_INVITATION_ARN_NOT_FOUND: &str = "Ram.ResourceShareInvitationArnNotFoundException";
    /// `Ram.ResourceShareInvitationExpiredException`
    pub const RESOURCE_SHARE_INVITATION_EXPIRED: &str = "Ram.ResourceShareInvitationExpiredException";
    /// `Ram.ResourceShareLimitExceededException`
    pub const RESOURCE_SHARE_LIMIT_EXCEEDED: &str = "Ram.ResourceShareLimitExceededException";
    /// `Ram.ServerInternalException`
    pub const SERVER_INTERNAL: &str = "Ram.ServerInternalException";
    /// `Ram.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "Ram.ServiceUnavailableException";
    /// `Ram.TagLimitExceededException`
    pub const TAG_LIMIT_EXCEEDED: &str = "Ram.TagLimitExceededException";
    /// `Ram.TagPolicyViolationException`
    pub const TAG_POLICY_VIOLATION: &str = "Ram.TagPolicyViolationException";
    /// `Ram.ThrottlingException`
    pub const THROTTLING: &str = "Ram.ThrottlingException";
    /// `Ram.UnknownResourceException`
    pub const UNKNOWN_RESOURCE: &str = "Ram.UnknownResourceException";
    /// `Ram.UnmatchedPolicyPermissionException`
    pub const UNMATCHED_POLICY_PERMISSION: &str = "Ram.UnmatchedPolicyPermissionException";
}

/// `aws-sdk:rbin` errors.
pub mod rbin {
    /// `Rbin.ConflictException`
    pub const CONFLICT: &str = "Rbin.ConflictException";
    /// `Rbin.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Rbin.InternalServerException";
    /// `Rbin.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Rbin.ResourceNotFoundException";
    /// `Rbin.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Rbin.ServiceQuotaExceededException";
    /// `Rbin.ValidationException`
    pub const VALIDATION: &str = "Rbin.ValidationException";
}

/// `aws-sdk:rds` errors.
pub mod rds {
    /// `Rds.AuthorizationAlreadyExistsFaultException`
    pub const AUTHORIZATION_ALREADY_EXISTS_FAULT: &str = "Rds.AuthorizationAlreadyExistsFaultException";
    /// `Rds.AuthorizationNotFoundFaultException`
    pub const AUTHORIZATION_NOT_FOUND_FAULT: &str = "Rds.AuthorizationNotFoundFaultException";
    /// `Rds.AuthorizationQuotaExceededFaultException`
    pub const AUTHORIZATION_QUOTA_EXCEEDED_FAULT: &str = "Rds.AuthorizationQuotaExceededFaultException";
    /// `Rds.BackupPolicyNotFoundFaultException`
    pub const BACKUP_POLICY_NOT_FOUND_FAULT: &str = "Rds.BackupPolicyNotFoundFaultException";
    /// `Rds.BlueGreenDeploymentAlreadyExistsFaultException`
    pub const BLUE_GREEN_DEPLOYMENT_ALREADY_EXISTS_FAULT: &str = "Rds.BlueGreenDeploymentAlreadyExistsFaultException";
    /// `Rds.BlueGreenDeploymentNotFoundFaultException`
    pub const BLUE_GREEN_DEPLOYMENT_NOT_FOUND_FAULT: &str = "Rds.BlueGreenDeploymentNotFoundFaultException";
    /// `Rds.CertificateNotFoundFaultException`
    pub const CERTIFICATE_NOT_FOUND_FAULT: &str = "Rds.CertificateNotFoundFaultException";
    /// `Rds.CreateCustomDBEngineVersionFaultException`
    pub const CREATE_CUSTOM_DB_ENGINE_VERSION_FAULT: &str = "Rds.CreateCustomDBEngineVersionFaultException";
    /// `Rds.CustomAvailabilityZoneNotFoundFaultException`
    pub const CUSTOM_AVAILABILITY_ZONE_NOT_FOUND_FAULT: &str = "Rds.CustomAvailabilityZoneNotFoundFaultException";
    /// `Rds.CustomDBEngineVersionAlreadyExistsFaultException`
    pub const CUSTOM_DB_ENGINE_VERSION_ALREADY_EXISTS_FAULT: &str = "Rds.CustomDBEngineVersionAlreadyExistsFaultException";
    /// `Rds.CustomDBEngineVersionNotFoundFaultException`
    pub const CUSTOM_DB_ENGINE_VERSION_NOT_FOUND_FAULT: &str = "Rds.CustomDBEngineVersionNotFoundFaultException";
    /// `Rds.CustomDBEngineVersionQuotaExceededFaultException`
    pub const CUSTOM_DB_ENGINE_VERSION_QUOTA_EXCEEDED_FAULT: &str = "Rds.CustomDBEngineVersionQuotaExceededFaultException";
    /// `Rds.DBCapacityReservationAlreadyExistsFaultException`
    pub const DB_CAPACITY_RESERVATION_ALREADY_EXISTS_FAULT: &str = "Rds.DBCapacityReservationAlreadyExistsFaultException";
    /// `Rds.DBCapacityReservationNotFoundFaultException`
    pub const DB_CAPACITY_RESERVATION_NOT_FOUND_FAULT: &str = "Rds.DBCapacityReservationNotFoundFaultException";
    /// `Rds.DBCapacityReservationUnsupportedFaultException`
    pub const DB_CAPACITY_RESERVATION_UNSUPPORTED_FAULT: &str = "Rds.DBCapacityReservationUnsupportedFaultException";
    /// `Rds.DBClusterAlreadyExistsFaultException`
    pub const DB_CLUSTER_ALREADY_EXISTS_FAULT: &str = "Rds.DBClusterAlreadyExistsFaultException";
    /// `Rds.DBClusterAutomatedBackupNotFoundFaultException`
    pub const DB_CLUSTER_AUTOMATED_BACKUP_NOT_FOUND_FAULT: &str = "Rds.DBClusterAutomatedBackupNotFoundFaultException";
    /// `Rds.DBClusterAutomatedBackupQuotaExceededFaultException`
    pub const DB_CLUSTER_AUTOMATED_BACKUP_QUOTA_EXCEEDED_FAULT: &str = "Rds.DBClusterAutomatedBackupQuotaExceededFaultException";
    /// `Rds.DBClusterBacktrackNotFoundFaultException`
    pub const DB_CLUSTER_BACKTRACK_NOT_FOUND_FAULT: &str = "Rds.DBClusterBacktrackNotFoundFaultException";
    /// `Rds.DBClusterEndpointAlreadyExistsFaultException`
    pub const DB_CLUSTER_ENDPOINT_ALREADY_EXISTS_FAULT: &str = "Rds.DBClusterEndpointAlreadyExistsFaultException";
    /// `Rds.DBClusterEndpointNotFoundFaultException`
    pub const DB_CLUSTER_ENDPOINT_NOT_FOUND_FAULT: &str = "Rds.DBClusterEndpointNotFoundFaultException";
    /// `Rds.DBClusterEndpointQuotaExceededFaultException`
    pub const DB_CLUSTER_ENDPOINT_QUOTA_EXCEEDED_FAULT: &str = "Rds.DBClusterEndpointQuotaExceededFaultException";
    /// `Rds.DBClusterNotFoundFaultException`
    pub const DB_CLUSTER_NOT_FOUND_FAULT: &str = "Rds.DBClusterNotFoundFaultException";
    /// `Rds.DBClusterParameterGroupNotFoundFaultException`
    pub const DB_CLUSTER_PARAMETER_GROUP_NOT_FOUND_FAULT: &str = "Rds.DBClusterParameterGroupNotFoundFaultException";
    /// `Rds.DBClusterQuotaExceededFaultException`
    pub const DB_CLUSTER_QUOTA_EXCEEDED_FAULT: &str = "Rds.DBClusterQuotaExceededFaultException";
    /// `Rds.DBClusterRoleAlreadyExistsFaultException`
    pub const DB_CLUSTER_ROLE_ALREADY_EXISTS_FAULT: &str = "Rds.DBClusterRoleAlreadyExistsFaultException";
    /// `Rds.DBClusterRoleNotFoundFaultException`
    pub const DB_CLUSTER_ROLE_NOT_FOUND_FAULT: &str = "Rds.DBClusterRoleNotFoundFaultException";
    /// `Rds.DBClusterRoleQuotaExceededFaultException`
    pub const DB_CLUSTER_ROLE_QUOTA_EXCEEDED_FAULT: &str = "Rds.DBClusterRoleQuotaExceededFaultException";
    /// `Rds.DBClusterSnapshotAlreadyExistsFaultException`
    pub const DB_CLUSTER_SNAPSHOT_ALREADY_EXISTS_FAULT: &str = "Rds.DBClusterSnapshotAlreadyExistsFaultException";
    /// `Rds.DBClusterSnapshotNotFoundFaultException`
    pub const DB_CLUSTER_SNAPSHOT_NOT_FOUND_FAULT: &str = "Rds.DBClusterSnapshotNotFoundFaultException";
    /// `Rds.DBInstanceAlreadyExistsFaultException`
    pub const DB_INSTANCE_ALREADY_EXISTS_FAULT: &str = "Rds.DBInstanceAlreadyExistsFaultException";
    /// `Rds.DBInstanceAutomatedBackupNotFoundFaultException`
    pub const DB_INSTANCE_AUTOMATED_BACKUP_NOT_FOUND_FAULT: &str = "Rds.DBInstanceAutomatedBackupNotFoundFaultException";
    /// `Rds.DBInstanceAutomatedBackupQuotaExceededFaultException`
    pub const DB_INSTANCE_AUTOMATED_BACKUP_QUOTA_EXCEEDED_FAULT: &str = "Rds.DBInstanceAutomatedBackupQuotaExceededFaultException";
    /// `Rds.DBInstanceNotFoundFaultException`
    pub const DB_INSTANCE_NOT_FOUND_FAULT: &str = "Rds.DBInstanceNotFoundFaultException";
    /// `Rds.DBInstanceNotReadyFaultException`
    pub const DB_INSTANCE_NOT_READY_FAULT: &str = "Rds.DBInstanceNotReadyFaultException";
    /// `Rds.DBInstanceRoleAlreadyExistsFaultException`
    pub const DB_INSTANCE_ROLE_ALREADY_EXISTS_FAULT: &str = "Rds.DBInstanceRoleAlreadyExistsFaultException";
    /// `Rds.DBInstanceRoleNotFoundFaultException`
    pub const DB_INSTANCE_ROLE_NOT_FOUND_FAULT: &str = "Rds.DBInstanceRoleNotFoundFaultException";
    /// `Rds.DBInstanceRoleQuotaExceededFaultException`
    pub const DB_INSTANCE_ROLE_QUOTA_EXCEEDED_FAULT: &str = "Rds.DBInstanceRoleQuotaExceededFaultException";
    /// `Rds.DBLogFileNotFoundFaultException`
    pub const DB_LOG_FILE_NOT_FOUND_FAULT: &str = "Rds.DBLogFileNotFoundFaultException";
    /// `Rds.DBParameterGroupAlreadyExistsFaultException`
    pub const DB_PARAMETER_GROUP_ALREADY_EXISTS_FAULT: &str = "Rds.DBParameterGroupAlreadyExistsFaultException";
    /// `Rds.DBParameterGroupNotFoundFaultException`
    pub const DB_PARAMETER_GROUP_NOT_FOUND_FAULT: &str = "Rds.DBParameterGroupNotFoundFaultException";
    /// `Rds.DBParameterGroupQuotaExceededFaultException`
    pub const DB_PARAMETER_GROUP_QUOTA_EXCEEDED_FAULT: &str = "Rds.DBParameterGroupQuotaExceededFaultException";
    /// `Rds.DBProxyAlreadyExistsFaultException`
    pub const DB_PROXY_ALREADY_EXISTS_FAULT: &str = "Rds.DBProxyAlreadyExistsFaultException";
    /// `Rds.DBProxyEndpointAlreadyExistsFaultException`
    pub const DB_PROXY_ENDPOINT_ALREADY_EXISTS_FAULT: &str = "Rds.DBProxyEndpointAlreadyExistsFaultException";
    /// `Rds.DBProxyEndpointNotFoundFaultException`
    pub const DB_PROXY_ENDPOINT_NOT_FOUND_FAULT: &str = "Rds.DBProxyEndpointNotFoundFaultException";
    /// `Rds.DBProxyEndpointQuotaExceededFaultException`
    pub const DB_PROXY_ENDPOINT_QUOTA_EXCEEDED_FAULT: &str = "Rds.DBProxyEndpointQuotaExceededFaultException";
    /// `Rds.DBProxyNotFoundFaultException`
    pub const DB_PROXY_NOT_FOUND_FAULT: &str = "Rds.DBProxyNotFoundFaultException";
    /// `Rds.DBProxyQuotaExceededFaultException`
    pub const DB_PROXY_QUOTA_EXCEEDED_FAULT: &str = "Rds.DBProxyQuotaExceededFaultException";
    /// `Rds.DBProxyTargetAlreadyRegisteredFaultException`
    pub const DB_PROXY_TARGET_ALREADY_REGISTERED_FAULT: &str = "Rds.DBProxyTargetAlreadyRegisteredFaultException";
    /// `Rds.DBProxyTargetGroupNotFoundFaultException`
    pub const DB_PROXY_TARGET_GROUP_NOT_FOUND_FAULT: &str = "Rds.DBProxyTargetGroupNotFoundFaultException";
    /// `Rds.DBProxyTargetNotFoundFaultException`
    pub const DB_PROXY_TARGET_NOT_FOUND_FAULT: &str = "Rds.DBProxyTargetNotFoundFaultException";
    /// `Rds.DBSecurityGroupAlreadyExistsFaultException`
    pub const DB_SECURITY_GROUP_ALREADY_EXISTS_FAULT: &str = "Rds.DBSecurityGroupAlreadyExistsFaultException";
    /// `Rds.DBSecurityGroupNotFoundFaultException`
    pub const DB_SECURITY_GROUP_NOT_FOUND_FAULT: &str = "Rds.DBSecurityGroupNotFoundFaultException";
    /// `Rds.DBSecurityGroupNotSupportedFaultException`
    pub const DB_SECURITY_GROUP_NOT_SUPPORTED_FAULT: &str = "Rds.DBSecurityGroupNotSupportedFaultException";
    /// `Rds.DBSecurityGroupQuotaExceededFaultException`
    pub const DB_SECURITY_GROUP_QUOTA_EXCEEDED_FAULT: &str = "Rds.DBSecurityGroupQuotaExceededFaultException";
    /// `Rds.DBShardGroupAlreadyExistsFaultException`
    pub const DB_SHARD_GROUP_ALREADY_EXISTS_FAULT: &str = "Rds.DBShardGroupAlreadyExistsFaultException";
    /// `Rds.DBShardGroupNotFoundFaultException`
    pub const DB_SHARD_GROUP_NOT_FOUND_FAULT: &str = "Rds.DBShardGroupNotFoundFaultException";
    /// `Rds.DBSnapshotAlreadyExistsFaultException`
    pub const DB_SNAPSHOT_ALREADY_EXISTS_FAULT: &str = "Rds.DBSnapshotAlreadyExistsFaultException";
    /// `Rds.DBSnapshotNotFoundFaultException`
    pub const DB_SNAPSHOT_NOT_FOUND_FAULT: &str = "Rds.DBSnapshotNotFoundFaultException";
    /// `Rds.DBSnapshotTenantDatabaseNotFoundFaultException`
    pub const DB_SNAPSHOT_TENANT_DATABASE_NOT_FOUND_FAULT: &str = "Rds.DBSnapshotTenantDatabaseNotFoundFaultException";
    /// `Rds.DBSubnetGroupAlreadyExistsFaultException`
    pub const DB_SUBNET_GROUP_ALREADY_EXISTS_FAULT: &str = "Rds.DBSubnetGroupAlreadyExistsFaultException";
    /// `Rds.DBSubnetGroupDoesNotCoverEnoughAZsException`
    pub const DB_SUBNET_GROUP_DOES_NOT_COVER_ENOUGH_A_ZS: &str = "Rds.DBSubnetGroupDoesNotCoverEnoughAZsException";
    /// `Rds.DBSubnetGroupNotAllowedFaultException`
    pub const DB_SUBNET_GROUP_NOT_ALLOWED_FAULT: &str = "Rds.DBSubnetGroupNotAllowedFaultException";
    /// `Rds.DBSubnetGroupNotFoundFaultException`
    pub const DB_SUBNET_GROUP_NOT_FOUND_FAULT: &str = "Rds.DBSubnetGroupNotFoundFaultException";
    /// `Rds.DBSubnetGroupQuotaExceededFaultException`
    pub const DB_SUBNET_GROUP_QUOTA_EXCEEDED_FAULT: &str = "Rds.DBSubnetGroupQuotaExceededFaultException";
    /// `Rds.DBSubnetQuotaExceededFaultException`
    pub const DB_SUBNET_QUOTA_EXCEEDED_FAULT: &str = "Rds.DBSubnetQuotaExceededFaultException";
    /// `Rds.DBUpgradeDependencyFailureFaultException`
    pub const DB_UPGRADE_DEPENDENCY_FAILURE_FAULT: &str = "Rds.DBUpgradeDependencyFailureFaultException";
    /// `Rds.DomainNotFoundFaultException`
    pub const DOMAIN_NOT_FOUND_FAULT: &str = "Rds.DomainNotFoundFaultException";
    /// `Rds.Ec2ImagePropertiesNotSupportedFaultException`
    pub const EC2_IMAGE_PROPERTIES_NOT_SUPPORTED_FAULT: &str = "Rds.Ec2ImagePropertiesNotSupportedFaultException";
    /// `Rds.EventSubscriptionQuotaExceededFaultException`
    pub const EVENT_SUBSCRIPTION_QUOTA_EXCEEDED_FAULT: &str = "Rds.EventSubscriptionQuotaExceededFaultException";
    /// `Rds.ExportTaskAlreadyExistsFaultException`
    pub const EXPORT_TASK_ALREADY_EXISTS_FAULT: &str = "Rds.ExportTaskAlreadyExistsFaultException";
    /// `Rds.ExportTaskNotFoundFaultException`
    pub const EXPORT_TASK_NOT_FOUND_FAULT: &str = "Rds.ExportTaskNotFoundFaultException";
    /// `Rds.GlobalClusterAlreadyExistsFaultException`
    pub const GLOBAL_CLUSTER_ALREADY_EXISTS_FAULT: &str = "Rds.GlobalClusterAlreadyExistsFaultException";
    /// `Rds.GlobalClusterNotFoundFaultException`
    pub const GLOBAL_CLUSTER_NOT_FOUND_FAULT: &str = "Rds.GlobalClusterNotFoundFaultException";
    /// `Rds.GlobalClusterQuotaExceededFaultException`
    pub const GLOBAL_CLUSTER_QUOTA_EXCEEDED_FAULT: &str = "Rds.GlobalClusterQuotaExceededFaultException";
    /// `Rds.IamRoleMissingPermissionsFaultException`
    pub const IAM_ROLE_MISSING_PERMISSIONS_FAULT: &str = "Rds.IamRoleMissingPermissionsFaultException";
    /// `Rds.IamRoleNotFoundFaultException`
    pub const IAM_ROLE_NOT_FOUND_FAULT: &str = "Rds.IamRoleNotFoundFaultException";
    /// `Rds.InstanceQuotaExceededFaultException`
    pub const INSTANCE_QUOTA_EXCEEDED_FAULT: &str = "Rds.InstanceQuotaExceededFaultException";
    /// `Rds.InsufficientAvailableIPsInSubnetFaultException`
    pub const INSUFFICIENT_AVAILABLE_I_PS_IN_SUBNET_FAULT: &str = "Rds.InsufficientAvailableIPsInSubnetFaultException";
    /// `Rds.InsufficientDBClusterCapacityFaultException`
    pub const INSUFFICIENT_DB_CLUSTER_CAPACITY_FAULT: &str = "Rds.InsufficientDBClusterCapacityFaultException";
    /// `Rds.InsufficientDBInstanceCapacityFaultException`
    pub const INSUFFICIENT_DB_INSTANCE_CAPACITY_FAULT: &str = "Rds.InsufficientDBInstanceCapacityFaultException";
    /// `Rds.InsufficientStorageClusterCapacityFaultException`
    pub const INSUFFICIENT_STORAGE_CLUSTER_CAPACITY_FAULT: &str = "Rds.InsufficientStorageClusterCapacityFaultException";
    /// `Rds.IntegrationAlreadyExistsFaultException`
    pub const INTEGRATION_ALREADY_EXISTS_FAULT: &str = "Rds.IntegrationAlreadyExistsFaultException";
    /// `Rds.IntegrationConflictOperationFaultException`
    pub const INTEGRATION_CONFLICT_OPERATION_FAULT: &str = "Rds.IntegrationConflictOperationFaultException";
    /// `Rds.IntegrationNotFoundFaultException`
    pub const INTEGRATION_NOT_FOUND_FAULT: &str = "Rds.IntegrationNotFoundFaultException";
    /// `Rds.IntegrationQuotaExceededFaultException`
    pub const INTEGRATION_QUOTA_EXCEEDED_FAULT: &str = "Rds.IntegrationQuotaExceededFaultException";
    /// `Rds.InvalidBlueGreenDeploymentStateFaultException`
    pub const INVALID_BLUE_GREEN_DEPLOYMENT_STATE_FAULT: &str = "Rds.InvalidBlueGreenDeploymentStateFaultException";
    /// `Rds.InvalidCustomDBEngineVersionStateFaultException`
    pub const INVALID_CUSTOM_DB_ENGINE_VERSION_STATE_FAULT: &str = "Rds.InvalidCustomDBEngineVersionStateFaultException";
    /// `Rds.InvalidDBCapacityReservationStateFaultException`
    pub const INVALID_DB_CAPACITY_RESERVATION_STATE_FAULT: &str = "Rds.InvalidDBCapacityReservationStateFaultException";
    /// `Rds.InvalidDBClusterAutomatedBackupStateFaultException`
    pub const INVALID_DB_CLUSTER_AUTOMATED_BACKUP_STATE_FAULT: &str = "Rds.InvalidDBClusterAutomatedBackupStateFaultException";
    /// `Rds.InvalidDBClusterCapacityFaultException`
    pub const INVALID_DB_CLUSTER_CAPACITY_FAULT: &str = "Rds.InvalidDBClusterCapacityFaultException";
    /// `Rds.InvalidDBClusterEndpointStateFaultException`
    pub const INVALID_DB_CLUSTER_ENDPOINT_STATE_FAULT: &str = "Rds.InvalidDBClusterEndpointStateFaultException";
    /// `Rds.InvalidDBClusterSnapshotStateFaultException`
    pub const INVALID_DB_CLUSTER_SNAPSHOT_STATE_FAULT: &str = "Rds.InvalidDBClusterSnapshotStateFaultException";
    /// `Rds.InvalidDBClusterStateFaultException`
    pub const INVALID_DB_CLUSTER_STATE_FAULT: &str = "Rds.InvalidDBClusterStateFaultException";
    /// `Rds.InvalidDBInstanceAutomatedBackupStateFaultException`
    pub const INVALID_DB_INSTANCE_AUTOMATED_BACKUP_STATE_FAULT: &str = "Rds.InvalidDBInstanceAutomatedBackupStateFaultException";
    /// `Rds.InvalidDBInstanceStateFaultException`
    pub const INVALID_DB_INSTANCE_STATE_FAULT: &str = "Rds.InvalidDBInstanceStateFaultException";
    /// `Rds.InvalidDBParameterGroupStateFaultException`
    pub const INVALID_DB_PARAMETER_GROUP_STATE_FAULT: &str = "Rds.InvalidDBParameterGroupStateFaultException";
    /// `Rds.InvalidDBProxyEndpointStateFaultException`
    pub const INVALID_DB_PROXY_ENDPOINT_STATE_FAULT: &str = "Rds.InvalidDBProxyEndpointStateFaultException";
    /// `Rds.InvalidDBProxyStateFaultException`
    pub const INVALID_DB_PROXY_STATE_FAULT: &str = "Rds.InvalidDBProxyStateFaultException";
    /// `Rds.InvalidDBSecurityGroupStateFaultException`
    pub const INVALID_DB_SECURITY_GROUP_STATE_FAULT: &str = "Rds.InvalidDBSecurityGroupStateFaultException";
    /// `Rds.InvalidDBShardGroupStateFaultException`
    pub const INVALID_DB_SHARD_GROUP_STATE_FAULT: &str = "Rds.InvalidDBShardGroupStateFaultException";
    /// `Rds.InvalidDBSnapshotStateFaultException`
    pub const INVALID_DB_SNAPSHOT_STATE_FAULT: &str = "Rds.InvalidDBSnapshotStateFaultException";
    /// `Rds.InvalidDBSubnetGroupFaultException`
    pub const INVALID_DB_SUBNET_GROUP_FAULT: &str = "Rds.InvalidDBSubnetGroupFaultException";
    /// `Rds.InvalidDBSubnetGroupStateFaultException`
    pub const INVALID_DB_SUBNET_GROUP_STATE_FAULT: &str = "Rds.InvalidDBSubnetGroupStateFaultException";
    /// `Rds.InvalidDBSubnetStateFaultException`
    pub const INVALID_DB_SUBNET_STATE_FAULT: &str = "Rds.InvalidDBSubnetStateFaultException";
    /// `Rds.InvalidEventSubscriptionStateFaultException`
    pub const INVALID_EVENT_SUBSCRIPTION_STATE_FAULT: &str = "Rds.InvalidEventSubscriptionStateFaultException";
    /// `Rds.InvalidExportOnlyFaultException`
    pub const INVALID_EXPORT_ONLY_FAULT: &str = "Rds.InvalidExportOnlyFaultException";
    /// `Rds.InvalidExportSourceStateFaultException`
    pub const INVALID_EXPORT_SOURCE_STATE_FAULT: &str = "Rds.InvalidExportSourceStateFaultException";
    /// `Rds.InvalidExportTaskStateFaultException`
    pub const INVALID_EXPORT_TASK_STATE_FAULT: &str = "Rds.InvalidExportTaskStateFaultException";
    /// `Rds.InvalidGlobalClusterStateFaultException`
    pub const INVALID_GLOBAL_CLUSTER_STATE_FAULT: &str = "Rds.InvalidGlobalClusterStateFaultException";
    /// `Rds.InvalidIntegrationStateFaultException`
    pub const INVALID_INTEGRATION_STATE_FAULT: &str = "Rds.InvalidIntegrationStateFaultException";
    /// `Rds.InvalidOptionGroupStateFaultException`
    pub const INVALID_OPTION_GROUP_STATE_FAULT: &str = "Rds.InvalidOptionGroupStateFaultException";
    /// `Rds.InvalidResourceStateFaultException`
    pub const INVALID_RESOURCE_STATE_FAULT: &str = "Rds.InvalidResourceStateFaultException";
    /// `Rds.InvalidRestoreFaultException`
    pub const INVALID_RESTORE_FAULT: &str = "Rds.InvalidRestoreFaultException";
    /// `Rds.InvalidS3BucketFaultException`
    pub const INVALID_S3_BUCKET_FAULT: &str = "Rds.InvalidS3BucketFaultException";
    /// `Rds.InvalidSubnetException`
    pub const INVALID_SUBNET: &str = "Rds.InvalidSubnetException";
    /// `Rds.InvalidVPCNetworkStateFaultException`
    pub const INVALID_VPC_NETWORK_STATE_FAULT: &str = "Rds.InvalidVPCNetworkStateFaultException";
    /// `Rds.KMSKeyNotAccessibleFaultException`
    pub const KMS_KEY_NOT_ACCESSIBLE_FAULT: &str = "Rds.KMSKeyNotAccessibleFaultException";
    /// `Rds.MaxDBShardGroupLimitReachedException`
    pub const MAX_DB_SHARD_GROUP_LIMIT_REACHED: &str = "Rds.MaxDBShardGroupLimitReachedException";
    /// `Rds.NetworkTypeNotSupportedException`
    pub const NETWORK_TYPE_NOT_SUPPORTED: &str = "Rds.NetworkTypeNotSupportedException";
    /// `Rds.OptionGroupAlreadyExistsFaultException`
    pub const OPTION_GROUP_ALREADY_EXISTS_FAULT: &str = "Rds.OptionGroupAlreadyExistsFaultException";
    /// `Rds.OptionGroupNotFoundFaultException`
    pub const OPTION_GROUP_NOT_FOUND_FAULT: &str = "Rds.OptionGroupNotFoundFaultException";
    /// `Rds.OptionGroupQuotaExceededFaultException`
    pub const OPTION_GROUP_QUOTA_EXCEEDED_FAULT: &str = "Rds.OptionGroupQuotaExceededFaultException";
    /// `Rds.PointInTimeRestoreNotEnabledFaultException`
    pub const POINT_IN_TIME_RESTORE_NOT_ENABLED_FAULT: &str = "Rds.PointInTimeRestoreNotEnabledFaultException";
    /// `Rds.ProvisionedIopsNotAvailableInAZFaultException`
    pub const PROVISIONED_IOPS_NOT_AVAILABLE_IN_AZ_FAULT: &str = "Rds.ProvisionedIopsNotAvailableInAZFaultException";
    /// `Rds.ReservedDBInstanceAlreadyExistsFaultException`
    pub const RESERVED_DB_INSTANCE_ALREADY_EXISTS_FAULT: &str = "Rds.ReservedDBInstanceAlreadyExistsFaultException";
    /// `Rds.ReservedDBInstanceNotFoundFaultException`
    pub const RESERVED_DB_INSTANCE_NOT_FOUND_FAULT: &str = "Rds.ReservedDBInstanceNotFoundFaultException";
    /// `Rds.ReservedDBInstanceQuotaExceededFaultException`
    pub const RESERVED_DB_INSTANCE_QUOTA_EXCEEDED_FAULT: &str = "Rds.ReservedDBInstanceQuotaExceededFaultException";
    /// `Rds.ReservedDBInstancesOfferingNotFoundFaultException`
    pub const RESERVED_DB_INSTANCES_OFFERING_NOT_FOUND_FAULT: &str = "Rds.ReservedDBInstancesOfferingNotFoundFaultException";
    /// `Rds.ResourceNotFoundFaultException`
    pub const RESOURCE_NOT_FOUND_FAULT: &str = "Rds.ResourceNotFoundFaultException";
    /// `Rds.SNSInvalidTopicFaultException`
    pub const SNS_INVALID_TOPIC_FAULT: &str = "Rds.SNSInvalidTopicFaultException";
    /// `Rds.SNSNoAuthorizationFaultException`
    pub const SNS_NO_AUTHORIZATION_FAULT: &str = "Rds.SNSNoAuthorizationFaultException";
    /// `Rds.SNSTopicArnNotFoundFaultException`
    pub const SNS_TOPIC_ARN_NOT_FOUND_FAULT: &str = "Rds.SNSTopicArnNotFoundFaultException";
    /// `Rds.SharedSnapshotQuotaExceededFaultException`
    pub const SHARED_SNAPSHOT_QUOTA_EXCEEDED_FAULT: &str = "Rds.SharedSnapshotQuotaExceededFaultException";
    /// `Rds.SnapshotQuotaExceededFaultException`
    pub const SNAPSHOT_QUOTA_EXCEEDED_FAULT: &str = "Rds.SnapshotQuotaExceededFaultException";
    /// `Rds.SourceClusterNotSupportedFaultException`
    pub const SOURCE_CLUSTER_NOT_SUPPORTED_FAULT: &str = "Rds.SourceClusterNotSupportedFaultException";
    /// `Rds.SourceDatabaseNotSupportedFaultException`
    pub const SOURCE_DATABASE_NOT_SUPPORTED_FAULT: &str = "Rds.SourceDatabaseNotSupportedFaultException";
    /// `Rds.SourceNotFoundFaultException`
    pub const SOURCE_NOT_FOUND_FAULT: &str = "Rds.SourceNotFoundFaultException";
    /// `Rds.StorageQuotaExceededFaultException`
    pub const STORAGE_QUOTA_EXCEEDED_FAULT: &str = "Rds.StorageQuotaExceededFaultException";
    /// `Rds.StorageTypeNotAvailableFaultException`
    pub const STORAGE_TYPE_NOT_AVAILABLE_FAULT: &str = "Rds.StorageTypeNotAvailableFaultException";
    /// `Rds.StorageTypeNotSupportedFaultException`
    pub const STORAGE_TYPE_NOT_SUPPORTED_FAULT: &str = "Rds.StorageTypeNotSupportedFaultException";
    /// `Rds.SubnetAlreadyInUseException`
    pub const SUBNET_ALREADY_IN_USE: &str = "Rds.SubnetAlreadyInUseException";
    /// `Rds.SubscriptionAlreadyExistFaultException`
    pub const SUBSCRIPTION_ALREADY_EXIST_FAULT: &str = "Rds.SubscriptionAlreadyExistFaultException";
    /// `Rds.SubscriptionCategoryNotFoundFaultException`
    pub const SUBSCRIPTION_CATEGORY_NOT_FOUND_FAULT: &str = "Rds.SubscriptionCategoryNotFoundFaultException";
    /// `Rds.SubscriptionNotFoundFaultException`
    pub const SUBSCRIPTION_NOT_FOUND_FAULT: &str = "Rds.SubscriptionNotFoundFaultException";
    /// `Rds.TenantDatabaseAlreadyExistsFaultException`
    pub const TENANT_DATABASE_ALREADY_EXISTS_FAULT: &str = "Rds.TenantDatabaseAlreadyExistsFaultException";
    /// `Rds.TenantDatabaseNotFoundFaultException`
    pub const TENANT_DATABASE_NOT_FOUND_FAULT: &str = "Rds.TenantDatabaseNotFoundFaultException";
    /// `Rds.TenantDatabaseQuotaExceededFaultException`
    pub const TENANT_DATABASE_QUOTA_EXCEEDED_FAULT: &str = "Rds.TenantDatabaseQuotaExceededFaultException";
    /// `Rds.UnsupportedDBEngineVersionFaultException`
    pub const UNSUPPORTED_DB_ENGINE_VERSION_FAULT: &str = "Rds.UnsupportedDBEngineVersionFaultException";
    /// `Rds.VpcEncryptionControlViolationException`
    pub const VPC_ENCRYPTION_CONTROL_VIOLATION: &str = "Rds.VpcEncryptionControlViolationException";
}

/// `aws-sdk:rdsdata` errors.
pub mod rdsdata {
    /// `RdsData.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "RdsData.AccessDeniedException";
    /// `RdsData.BadRequestException`
    pub const BAD_REQUEST: &str = "RdsData.BadRequestException";
    /// `RdsData.DatabaseErrorException`
    pub const DATABASE_ERROR: &str = "RdsData.DatabaseErrorException";
    /// `RdsData.DatabaseNotFoundException`
    pub const DATABASE_NOT_FOUND: &str = "RdsData.DatabaseNotFoundException";
    /// `RdsData.DatabaseResumingException`
    pub const DATABASE_RESUMING: &str = "RdsData.DatabaseResumingException";
    /// `RdsData.DatabaseUnavailableException`
    pub const DATABASE_UNAVAILABLE: &str = "RdsData.DatabaseUnavailableException";
    /// `RdsData.ForbiddenException`
    pub const FORBIDDEN: &str = "RdsData.ForbiddenException";
    /// `RdsData.HttpEndpointNotEnabledException`
    pub const HTTP_ENDPOINT_NOT_ENABLED: &str = "RdsData.HttpEndpointNotEnabledException";
    /// `RdsData.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "RdsData.InternalServerErrorException";
    /// `RdsData.InvalidResourceStateException`
    pub const INVALID_RESOURCE_STATE: &str = "RdsData.InvalidResourceStateException";
    /// `RdsData.InvalidSecretException`
    pub const INVALID_SECRET: &str = "RdsData.InvalidSecretException";
    /// `RdsData.NotFoundException`
    pub const NOT_FOUND: &str = "RdsData.NotFoundException";
    /// `RdsData.SecretsErrorException`
    pub const SECRETS_ERROR: &str = "RdsData.SecretsErrorException";
    /// `RdsData.ServiceUnavailableErrorException`
    pub const SERVICE_UNAVAILABLE_ERROR: &str = "RdsData.ServiceUnavailableErrorException";
    /// `RdsData.StatementTimeoutException`
    pub const STATEMENT_TIMEOUT: &str = "RdsData.StatementTimeoutException";
    /// `RdsData.TransactionNotFoundException`
    pub const TRANSACTION_NOT_FOUND: &str = "RdsData.TransactionNotFoundException";
    /// `RdsData.UnsupportedResultException`
    pub const UNSUPPORTED_RESULT: &str = "RdsData.UnsupportedResultException";
}

/// `aws-sdk:redshift` errors.
pub mod redshift {
    /// `Redshift.AccessToClusterDeniedFaultException`
    pub const ACCESS_TO_CLUSTER_DENIED_FAULT: &str = "Redshift.AccessToClusterDeniedFaultException";
    /// `Redshift.AccessToSnapshotDeniedFaultException`
    pub const ACCESS_TO_SNAPSHOT_DENIED_FAULT: &str = "Redshift.AccessToSnapshotDeniedFaultException";
    /// `Redshift.AuthenticationProfileAlreadyExistsFaultException`
    pub const AUTHENTICATION_PROFILE_ALREADY_EXISTS_FAULT: &str = "Redshift.AuthenticationProfileAlreadyExistsFaultException";
    /// `Redshift.AuthenticationProfileNotFoundFaultException`
    pub const AUTHENTICATION_PROFILE_NOT_FOUND_FAULT: &str = "Redshift.AuthenticationProfileNotFoundFaultException";
    /// `Redshift.AuthenticationProfileQuotaExceededFaultException`
    pub const AUTHENTICATION_PROFILE_QUOTA_EXCEEDED_FAULT: &str = "Redshift.AuthenticationProfileQuotaExceededFaultException";
    /// `Redshift.AuthorizationAlreadyExistsFaultException`
    pub const AUTHORIZATION_ALREADY_EXISTS_FAULT: &str = "Redshift.AuthorizationAlreadyExistsFaultException";
    /// `Redshift.AuthorizationNotFoundFaultException`
    pub const AUTHORIZATION_NOT_FOUND_FAULT: &str = "Redshift.AuthorizationNotFoundFaultException";
    /// `Redshift.AuthorizationQuotaExceededFaultException`
    pub const AUTHORIZATION_QUOTA_EXCEEDED_FAULT: &str = "Redshift.AuthorizationQuotaExceededFaultException";
    /// `Redshift.BatchDeleteRequestSizeExceededFaultException`
    pub const BATCH_DELETE_REQUEST_SIZE_EXCEEDED_FAULT: &str = "Redshift.BatchDeleteRequestSizeExceededFaultException";
    /// `Redshift.BatchModifyClusterSnapshotsLimitExceededFaultException`
    pub const BATCH_MODIFY_CLUSTER_SNAPSHOTS_LIMIT_EXCEEDED_FAULT: &str = "Redshift.BatchModifyClusterSnapshotsLimitExceededFaultException";
    /// `Redshift.BucketNotFoundFaultException`
    pub const BUCKET_NOT_FOUND_FAULT: &str = "Redshift.BucketNotFoundFaultException";
    /// `Redshift.ClusterAlreadyExistsFaultException`
    pub const CLUSTER_ALREADY_EXISTS_FAULT: &str = "Redshift.ClusterAlreadyExistsFaultException";
    /// `Redshift.ClusterNotFoundFaultException`
    pub const CLUSTER_NOT_FOUND_FAULT: &str = "Redshift.ClusterNotFoundFaultException";
    /// `Redshift.ClusterOnLatestRevisionFaultException`
    pub const CLUSTER_ON_LATEST_REVISION_FAULT: &str = "Redshift.ClusterOnLatestRevisionFaultException";
    /// `Redshift.ClusterParameterGroupAlreadyExistsFaultException`
    pub const CLUSTER_PARAMETER_GROUP_ALREADY_EXISTS_FAULT: &str = "Redshift.ClusterParameterGroupAlreadyExistsFaultException";
    /// `Redshift.ClusterParameterGroupNotFoundFaultException`
    pub const CLUSTER_PARAMETER_GROUP_NOT_FOUND_FAULT: &str = "Redshift.ClusterParameterGroupNotFoundFaultException";
    /// `Redshift.ClusterParameterGroupQuotaExceededFaultException`
    pub const CLUSTER_PARAMETER_GROUP_QUOTA_EXCEEDED_FAULT: &str = "Redshift.ClusterParameterGroupQuotaExceededFaultException";
    /// `Redshift.ClusterQuotaExceededFaultException`
    pub const CLUSTER_QUOTA_EXCEEDED_FAULT: &str = "Redshift.ClusterQuotaExceededFaultException";
    /// `Redshift.ClusterSecurityGroupAlreadyExistsFaultException`
    pub const CLUSTER_SECURITY_GROUP_ALREADY_EXISTS_FAULT: &str = "Redshift.ClusterSecurityGroupAlreadyExistsFaultException";
    /// `Redshift.ClusterSecurityGroupNotFoundFaultException`
    pub const CLUSTER_SECURITY_GROUP_NOT_FOUND_FAULT: &str = "Redshift.ClusterSecurityGroupNotFoundFaultException";
    /// `Redshift.ClusterSecurityGroupQuotaExceededFaultException`
    pub const CLUSTER_SECURITY_GROUP_QUOTA_EXCEEDED_FAULT: &str = "Redshift.ClusterSecurityGroupQuotaExceededFaultException";
    /// `Redshift.ClusterSnapshotAlreadyExistsFaultException`
    pub const CLUSTER_SNAPSHOT_ALREADY_EXISTS_FAULT: &str = "Redshift.ClusterSnapshotAlreadyExistsFaultException";
    /// `Redshift.ClusterSnapshotNotFoundFaultException`
    pub const CLUSTER_SNAPSHOT_NOT_FOUND_FAULT: &str = "Redshift.ClusterSnapshotNotFoundFaultException";
    /// `Redshift.ClusterSnapshotQuotaExceededFaultException`
    pub const CLUSTER_SNAPSHOT_QUOTA_EXCEEDED_FAULT: &str = "Redshift.ClusterSnapshotQuotaExceededFaultException";
    /// `Redshift.ClusterSubnetGroupAlreadyExistsFaultException`
    pub const CLUSTER_SUBNET_GROUP_ALREADY_EXISTS_FAULT: &str = "Redshift.ClusterSubnetGroupAlreadyExistsFaultException";
    /// `Redshift.ClusterSubnetGroupNotFoundFaultException`
    pub const CLUSTER_SUBNET_GROUP_NOT_FOUND_FAULT: &str = "Redshift.ClusterSubnetGroupNotFoundFaultException";
    /// `Redshift.ClusterSubnetGroupQuotaExceededFaultException`
    pub const CLUSTER_SUBNET_GROUP_QUOTA_EXCEEDED_FAULT: &str = "Redshift.ClusterSubnetGroupQuotaExceededFaultException";
    /// `Redshift.ClusterSubnetQuotaExceededFaultException`
    pub const CLUSTER_SUBNET_QUOTA_EXCEEDED_FAULT: &str = "Redshift.ClusterSubnetQuotaExceededFaultException";
    /// `Redshift.ConflictPolicyUpdateFaultException`
    pub const CONFLICT_POLICY_UPDATE_FAULT: &str = "Redshift.ConflictPolicyUpdateFaultException";
    /// `Redshift.CopyToRegionDisabledFaultException`
    pub const COPY_TO_REGION_DISABLED_FAULT: &str = "Redshift.CopyToRegionDisabledFaultException";
    /// `Redshift.CustomCnameAssociationFaultException`
    pub const CUSTOM_CNAME_ASSOCIATION_FAULT: &str = "Redshift.CustomCnameAssociationFaultException";
    /// `Redshift.CustomDomainAssociationNotFoundFaultException`
    pub const CUSTOM_DOMAIN_ASSOCIATION_NOT_FOUND_FAULT: &str = "Redshift.CustomDomainAssociationNotFoundFaultException";
    /// `Redshift.DependentServiceAccessDeniedFaultException`
    pub const DEPENDENT_SERVICE_ACCESS_DENIED_FAULT: &str = "Redshift.DependentServiceAccessDeniedFaultException";
    /// `Redshift.DependentServiceRequestThrottlingFaultException`
    pub const DEPENDENT_SERVICE_REQUEST_THROTTLING_FAULT: &str = "Redshift.DependentServiceRequestThrottlingFaultException";
    /// `Redshift.DependentServiceUnavailableFaultException`
    pub const DEPENDENT_SERVICE_UNAVAILABLE_FAULT: &str = "Redshift.DependentServiceUnavailableFaultException";
    /// `Redshift.EndpointAlreadyExistsFaultException`
    pub const ENDPOINT_ALREADY_EXISTS_FAULT: &str = "Redshift.EndpointAlreadyExistsFaultException";
    /// `Redshift.EndpointAuthorizationAlreadyExistsFaultException`
    pub const ENDPOINT_AUTHORIZATION_ALREADY_EXISTS_FAULT: &str = "Redshift.EndpointAuthorizationAlreadyExistsFaultException";
    /// `Redshift.EndpointAuthorizationNotFoundFaultException`
    pub const ENDPOINT_AUTHORIZATION_NOT_FOUND_FAULT: &str = "Redshift.EndpointAuthorizationNotFoundFaultException";
    /// `Redshift.EndpointAuthorizationsPerClusterLimitExceededFaultException`
    pub const ENDPOINT_AUTHORIZATIONS_PER_CLUSTER_LIMIT_EXCEEDED_FAULT: &str = "Redshift.EndpointAuthorizationsPerClusterLimitExceededFaultException";
    /// `Redshift.EndpointNotFoundFaultException`
    pub const ENDPOINT_NOT_FOUND_FAULT: &str = "Redshift.EndpointNotFoundFaultException";
    /// `Redshift.EndpointsPerAuthorizationLimitExceededFaultException`
    pub const ENDPOINTS_PER_AUTHORIZATION_LIMIT_EXCEEDED_FAULT: &str = "Redshift.EndpointsPerAuthorizationLimitExceededFaultException";
    /// `Redshift.EndpointsPerClusterLimitExceededFaultException`
    pub const ENDPOINTS_PER_CLUSTER_LIMIT_EXCEEDED_FAULT: &str = "Redshift.EndpointsPerClusterLimitExceededFaultException";
    /// `Redshift.EventSubscriptionQuotaExceededFaultException`
    pub const EVENT_SUBSCRIPTION_QUOTA_EXCEEDED_FAULT: &str = "Redshift.EventSubscriptionQuotaExceededFaultException";
    /// `Redshift.HsmClientCertificateAlreadyExistsFaultException`
    pub const HSM_CLIENT_CERTIFICATE_ALREADY_EXISTS_FAULT: &str = "Redshift.HsmClientCertificateAlreadyExistsFaultException";
    /// `Redshift.HsmClientCertificateNotFoundFaultException`
    pub const HSM_CLIENT_CERTIFICATE_NOT_FOUND_FAULT: &str = "Redshift.HsmClientCertificateNotFoundFaultException";
    /// `Redshift.HsmClientCertificateQuotaExceededFaultException`
    pub const HSM_CLIENT_CERTIFICATE_QUOTA_EXCEEDED_FAULT: &str = "Redshift.HsmClientCertificateQuotaExceededFaultException";
    /// `Redshift.HsmConfigurationAlreadyExistsFaultException`
    pub const HSM_CONFIGURATION_ALREADY_EXISTS_FAULT: &str = "Redshift.HsmConfigurationAlreadyExistsFaultException";
    /// `Redshift.HsmConfigurationNotFoundFaultException`
    pub const HSM_CONFIGURATION_NOT_FOUND_FAULT: &str = "Redshift.HsmConfigurationNotFoundFaultException";
    /// `Redshift.HsmConfigurationQuotaExceededFaultException`
    pub const HSM_CONFIGURATION_QUOTA_EXCEEDED_FAULT: &str = "Redshift.HsmConfigurationQuotaExceededFaultException";
    /// `Redshift.InProgressTableRestoreQuotaExceededFaultException`
    pub const IN_PROGRESS_TABLE_RESTORE_QUOTA_EXCEEDED_FAULT: &str = "Redshift.InProgressTableRestoreQuotaExceededFaultException";
    /// `Redshift.IncompatibleOrderableOptionsException`
    pub const INCOMPATIBLE_ORDERABLE_OPTIONS: &str = "Redshift.IncompatibleOrderableOptionsException";
    /// `Redshift.InsufficientClusterCapacityFaultException`
    pub const INSUFFICIENT_CLUSTER_CAPACITY_FAULT: &str = "Redshift.InsufficientClusterCapacityFaultException";
    /// `Redshift.InsufficientS3BucketPolicyFaultException`
    pub const INSUFFICIENT_S3_BUCKET_POLICY_FAULT: &str = "Redshift.InsufficientS3BucketPolicyFaultException";
    /// `Redshift.IntegrationAlreadyExistsFaultException`
    pub const INTEGRATION_ALREADY_EXISTS_FAULT: &str = "Redshift.IntegrationAlreadyExistsFaultException";
    /// `Redshift.IntegrationConflictOperationFaultException`
    pub const INTEGRATION_CONFLICT_OPERATION_FAULT: &str = "Redshift.IntegrationConflictOperationFaultException";
    /// `Redshift.IntegrationConflictStateFaultException`
    pub const INTEGRATION_CONFLICT_STATE_FAULT: &str = "Redshift.IntegrationConflictStateFaultException";
    /// `Redshift.IntegrationNotFoundFaultException`
    pub const INTEGRATION_NOT_FOUND_FAULT: &str = "Redshift.IntegrationNotFoundFaultException";
    /// `Redshift.IntegrationQuotaExceededFaultException`
    pub const INTEGRATION_QUOTA_EXCEEDED_FAULT: &str = "Redshift.IntegrationQuotaExceededFaultException";
    /// `Redshift.IntegrationSourceNotFoundFaultException`
    pub const INTEGRATION_SOURCE_NOT_FOUND_FAULT: &str = "Redshift.IntegrationSourceNotFoundFaultException";
    /// `Redshift.IntegrationTargetNotFoundFaultException`
    pub const INTEGRATION_TARGET_NOT_FOUND_FAULT: &str = "Redshift.IntegrationTargetNotFoundFaultException";
    /// `Redshift.InvalidAuthenticationProfileRequestFaultException`
    pub const INVALID_AUTHENTICATION_PROFILE_REQUEST_FAULT: &str = "Redshift.InvalidAuthenticationProfileRequestFaultException";
    /// `Redshift.InvalidAuthorizationStateFaultException`
    pub const INVALID_AUTHORIZATION_STATE_FAULT: &str = "Redshift.InvalidAuthorizationStateFaultException";
    /// `Redshift.InvalidClusterParameterGroupStateFaultException`
    pub const INVALID_CLUSTER_PARAMETER_GROUP_STATE_FAULT: &str = "Redshift.InvalidClusterParameterGroupStateFaultException";
    /// `Redshift.InvalidClusterSecurityGroupStateFaultException`
    pub const INVALID_CLUSTER_SECURITY_GROUP_STATE_FAULT: &str = "Redshift.InvalidClusterSecurityGroupStateFaultException";
    /// `Redshift.InvalidClusterSnapshotScheduleStateFaultException`
    pub const INVALID_CLUSTER_SNAPSHOT_SCHEDULE_STATE_FAULT: &str = "Redshift.InvalidClusterSnapshotScheduleStateFaultException";
    /// `Redshift.InvalidClusterSnapshotStateFaultException`
    pub const INVALID_CLUSTER_SNAPSHOT_STATE_FAULT: &str = "Redshift.InvalidClusterSnapshotStateFaultException";
    /// `Redshift.InvalidClusterStateFaultException`
    pub const INVALID_CLUSTER_STATE_FAULT: &str = "Redshift.InvalidClusterStateFaultException";
    /// `Redshift.InvalidClusterSubnetGroupStateFaultException`
    pub const INVALID_CLUSTER_SUBNET_GROUP_STATE_FAULT: &str = "Redshift.InvalidClusterSubnetGroupStateFaultException";
    /// `Redshift.InvalidClusterSubnetStateFaultException`
    pub const INVALID_CLUSTER_SUBNET_STATE_FAULT: &str = "Redshift.InvalidClusterSubnetStateFaultException";
    /// `Redshift.InvalidClusterTrackFaultException`
    pub const INVALID_CLUSTER_TRACK_FAULT: &str = "Redshift.InvalidClusterTrackFaultException";
    /// `Redshift.InvalidDataShareFaultException`
    pub const INVALID_DATA_SHARE_FAULT: &str = "Redshift.InvalidDataShareFaultException";
    /// `Redshift.InvalidElasticIpFaultException`
    pub const INVALID_ELASTIC_IP_FAULT: &str = "Redshift.InvalidElasticIpFaultException";
    /// `Redshift.InvalidEndpointStateFaultException`
    pub const INVALID_ENDPOINT_STATE_FAULT: &str = "Redshift.InvalidEndpointStateFaultException";
    /// `Redshift.InvalidHsmClientCertificateStateFaultException`
    pub const INVALID_HSM_CLIENT_CERTIFICATE_STATE_FAULT: &str = "Redshift.InvalidHsmClientCertificateStateFaultException";
    /// `Redshift.InvalidHsmConfigurationStateFaultException`
    pub const INVALID_HSM_CONFIGURATION_STATE_FAULT: &str = "Redshift.InvalidHsmConfigurationStateFaultException";
    /// `Redshift.InvalidNamespaceFaultException`
    pub const INVALID_NAMESPACE_FAULT: &str = "Redshift.InvalidNamespaceFaultException";
    /// `Redshift.InvalidPolicyFaultException`
    pub const INVALID_POLICY_FAULT: &str = "Redshift.InvalidPolicyFaultException";
    /// `Redshift.InvalidReservedNodeStateFaultException`
    pub const INVALID_RESERVED_NODE_STATE_FAULT: &str = "Redshift.InvalidReservedNodeStateFaultException";
    /// `Redshift.InvalidRestoreFaultException`
    pub const INVALID_RESTORE_FAULT: &str = "Redshift.InvalidRestoreFaultException";
    /// `Redshift.InvalidRetentionPeriodFaultException`
    pub const INVALID_RETENTION_PERIOD_FAULT: &str = "Redshift.InvalidRetentionPeriodFaultException";
    /// `Redshift.InvalidS3BucketNameFaultException`
    pub const INVALID_S3_BUCKET_NAME_FAULT: &str = "Redshift.InvalidS3BucketNameFaultException";
    /// `Redshift.InvalidS3KeyPrefixFaultException`
    pub const INVALID_S3_KEY_PREFIX_FAULT: &str = "Redshift.InvalidS3KeyPrefixFaultException";
    /// `Redshift.InvalidScheduleFaultException`
    pub const INVALID_SCHEDULE_FAULT: &str = "Redshift.InvalidScheduleFaultException";
    /// `Redshift.InvalidScheduledActionFaultException`
    pub const INVALID_SCHEDULED_ACTION_FAULT: &str = "Redshift.InvalidScheduledActionFaultException";
    /// `Redshift.InvalidSnapshotCopyGrantStateFaultException`
    pub const INVALID_SNAPSHOT_COPY_GRANT_STATE_FAULT: &str = "Redshift.InvalidSnapshotCopyGrantStateFaultException";
    /// `Redshift.InvalidSubnetException`
    pub const INVALID_SUBNET: &str = "Redshift.InvalidSubnetException";
    /// `Redshift.InvalidSubscriptionStateFaultException`
    pub const INVALID_SUBSCRIPTION_STATE_FAULT: &str = "Redshift.InvalidSubscriptionStateFaultException";
    /// `Redshift.InvalidTableRestoreArgumentFaultException`
    pub const INVALID_TABLE_RESTORE_ARGUMENT_FAULT: &str = "Redshift.InvalidTableRestoreArgumentFaultException";
    /// `Redshift.InvalidTagFaultException`
    pub const INVALID_TAG_FAULT: &str = "Redshift.InvalidTagFaultException";
    /// `Redshift.InvalidUsageLimitFaultException`
    pub const INVALID_USAGE_LIMIT_FAULT: &str = "Redshift.InvalidUsageLimitFaultException";
    /// `Redshift.InvalidVPCNetworkStateFaultException`
    pub const INVALID_VPC_NETWORK_STATE_FAULT: &str = "Redshift.InvalidVPCNetworkStateFaultException";
    /// `Redshift.Ipv6CidrBlockNotFoundFaultException`
    pub const IPV6_CIDR_BLOCK_NOT_FOUND_FAULT: &str = "Redshift.Ipv6CidrBlockNotFoundFaultException";
    /// `Redshift.LimitExceededFaultException`
    pub const LIMIT_EXCEEDED_FAULT: &str = "Redshift.LimitExceededFaultException";
    /// `Redshift.NumberOfNodesPerClusterLimitExceededFaultException`
    pub const NUMBER_OF_NODES_PER_CLUSTER_LIMIT_EXCEEDED_FAULT: &str = "Redshift.NumberOfNodesPerClusterLimitExceededFaultException";
    /// `Redshift.NumberOfNodesQuotaExceededFaultException`
    pub const NUMBER_OF_NODES_QUOTA_EXCEEDED_FAULT: &str = "Redshift.NumberOfNodesQuotaExceededFaultException";
    /// `Redshift.PartnerNotFoundFaultException`
    pub const PARTNER_NOT_FOUND_FAULT: &str = "Redshift.PartnerNotFoundFaultException";
    /// `Redshift.Qev2IdcApplicationAlreadyExistsFaultException`
    pub const QEV2_IDC_APPLICATION_ALREADY_EXISTS_FAULT: &str = "Redshift.Qev2IdcApplicationAlreadyExistsFaultException";
    /// `Redshift.Qev2IdcApplicationNotExistsFaultException`
    pub const QEV2_IDC_APPLICATION_NOT_EXISTS_FAULT: &str = "Redshift.Qev2IdcApplicationNotExistsFaultException";
    /// `Redshift.RedshiftIdcApplicationAlreadyExistsFaultException`
    pub const REDSHIFT_IDC_APPLICATION_ALREADY_EXISTS_FAULT: &str = "Redshift.RedshiftIdcApplicationAlreadyExistsFaultException";
    /// `Redshift.RedshiftIdcApplicationNotExistsFaultException`
    pub const REDSHIFT_IDC_APPLICATION_NOT_EXISTS_FAULT: &str = "Redshift.RedshiftIdcApplicationNotExistsFaultException";
    /// `Redshift.RedshiftIdcApplicationQuotaExceededFaultException`
    pub const REDSHIFT_IDC_APPLICATION_QUOTA_EXCEEDED_FAULT: &str = "Redshift.RedshiftIdcApplicationQuotaExceededFaultException";
    /// `Redshift.RedshiftInvalidParameterFaultException`
    pub const REDSHIFT_INVALID_PARAMETER_FAULT: &str = "Redshift.RedshiftInvalidParameterFaultException";
    /// `Redshift.ReservedNodeAlreadyExistsFaultException`
    pub const RESERVED_NODE_ALREADY_EXISTS_FAULT: &str = "Redshift.ReservedNodeAlreadyExistsFaultException";
    /// `Redshift.ReservedNodeAlreadyMigratedFaultException`
    pub const RESERVED_NODE_ALREADY_MIGRATED_FAULT: &str = "Redshift.ReservedNodeAlreadyMigratedFaultException";
    /// `Redshift.ReservedNodeExchangeNotFoundFaultException`
    pub const RESERVED_NODE_EXCHANGE_NOT_FOUND_FAULT: &str = "Redshift.ReservedNodeExchangeNotFoundFaultException";
    /// `Redshift.ReservedNodeNotFoundFaultException`
    pub const RESERVED_NODE_NOT_FOUND_FAULT: &str = "Redshift.ReservedNodeNotFoundFaultException";
    /// `Redshift.ReservedNodeOfferingNotFoundFaultException`
    pub const RESERVED_NODE_OFFERING_NOT_FOUND_FAULT: &str = "Redshift.ReservedNodeOfferingNotFoundFaultException";
    /// `Redshift.ReservedNodeQuotaExceededFaultException`
    pub const RESERVED_NODE_QUOTA_EXCEEDED_FAULT: &str = "Redshift.ReservedNodeQuotaExceededFaultException";
    /// `Redshift.ResizeNotFoundFaultException`
    pub const RESIZE_NOT_FOUND_FAULT: &str = "Redshift.ResizeNotFoundFaultException";
    /// `Redshift.ResourceNotFoundFaultException`
    pub const RESOURCE_NOT_FOUND_FAULT: &str = "Redshift.ResourceNotFoundFaultException";
    /// `Redshift.SNSInvalidTopicFaultException`
    pub const SNS_INVALID_TOPIC_FAULT: &str = "Redshift.SNSInvalidTopicFaultException";
    /// `Redshift.SNSNoAuthorizationFaultException`
    pub const SNS_NO_AUTHORIZATION_FAULT: &str = "Redshift.SNSNoAuthorizationFaultException";
    /// `Redshift.SNSTopicArnNotFoundFaultException`
    pub const SNS_TOPIC_ARN_NOT_FOUND_FAULT: &str = "Redshift.SNSTopicArnNotFoundFaultException";
    /// `Redshift.ScheduleDefinitionTypeUnsupportedFaultException`
    pub const SCHEDULE_DEFINITION_TYPE_UNSUPPORTED_FAULT: &str = "Redshift.ScheduleDefinitionTypeUnsupportedFaultException";
    /// `Redshift.ScheduledActionAlreadyExistsFaultException`
    pub const SCHEDULED_ACTION_ALREADY_EXISTS_FAULT: &str = "Redshift.ScheduledActionAlreadyExistsFaultException";
    /// `Redshift.ScheduledActionNotFoundFaultException`
    pub const SCHEDULED_ACTION_NOT_FOUND_FAULT: &str = "Redshift.ScheduledActionNotFoundFaultException";
    /// `Redshift.ScheduledActionQuotaExceededFaultException`
    pub const SCHEDULED_ACTION_QUOTA_EXCEEDED_FAULT: &str = "Redshift.ScheduledActionQuotaExceededFaultException";
    /// `Redshift.ScheduledActionTypeUnsupportedFaultException`
    pub const SCHEDULED_ACTION_TYPE_UNSUPPORTED_FAULT: &str = "Redshift.ScheduledActionTypeUnsupportedFaultException";
    /// `Redshift.SnapshotCopyAlreadyDisabledFaultException`
    pub const SNAPSHOT_COPY_ALREADY_DISABLED_FAULT: &str = "Redshift.SnapshotCopyAlreadyDisabledFaultException";
    /// `Redshift.SnapshotCopyAlreadyEnabledFaultException`
    pub const SNAPSHOT_COPY_ALREADY_ENABLED_FAULT: &str = "Redshift.SnapshotCopyAlreadyEnabledFaultException";
    /// `Redshift.SnapshotCopyDisabledFaultException`
    pub const SNAPSHOT_COPY_DISABLED_FAULT: &str = "Redshift.SnapshotCopyDisabledFaultException";
    /// `Redshift.SnapshotCopyGrantAlreadyExistsFaultException`
    pub const SNAPSHOT_COPY_GRANT_ALREADY_EXISTS_FAULT: &str = "Redshift.SnapshotCopyGrantAlreadyExistsFaultException";
    /// `Redshift.SnapshotCopyGrantNotFoundFaultException`
    pub const SNAPSHOT_COPY_GRANT_NOT_FOUND_FAULT: &str = "Redshift.SnapshotCopyGrantNotFoundFaultException";
    /// `Redshift.SnapshotCopyGrantQuotaExceededFaultException`
    pub const SNAPSHOT_COPY_GRANT_QUOTA_EXCEEDED_FAULT: &str = "Redshift.SnapshotCopyGrantQuotaExceededFaultException";
    /// `Redshift.SnapshotScheduleAlreadyExistsFaultException`
    pub const SNAPSHOT_SCHEDULE_ALREADY_EXISTS_FAULT: &str = "Redshift.SnapshotScheduleAlreadyExistsFaultException";
    /// `Redshift.SnapshotScheduleNotFoundFaultException`
    pub const SNAPSHOT_SCHEDULE_NOT_FOUND_FAULT: &str = "Redshift.SnapshotScheduleNotFoundFaultException";
    /// `Redshift.SnapshotScheduleQuotaExceededFaultException`
    pub const SNAPSHOT_SCHEDULE_QUOTA_EXCEEDED_FAULT: &str = "Redshift.SnapshotScheduleQuotaExceededFaultException";
    /// `Redshift.SnapshotScheduleUpdateInProgressFaultException`
    pub const SNAPSHOT_SCHEDULE_UPDATE_IN_PROGRESS_FAULT: &str = "Redshift.SnapshotScheduleUpdateInProgressFaultException";
    /// `Redshift.SourceNotFoundFaultException`
    pub const SOURCE_NOT_FOUND_FAULT: &str = "Redshift.SourceNotFoundFaultException";
    /// `Redshift.SubnetAlreadyInUseException`
    pub const SUBNET_ALREADY_IN_USE: &str = "Redshift.SubnetAlreadyInUseException";
    /// `Redshift.SubscriptionAlreadyExistFaultException`
    pub const SUBSCRIPTION_ALREADY_EXIST_FAULT: &str = "Redshift.SubscriptionAlreadyExistFaultException";
    /// `Redshift.SubscriptionCategoryNotFoundFaultException`
    pub const SUBSCRIPTION_CATEGORY_NOT_FOUND_FAULT: &str = "Redshift.SubscriptionCategoryNotFoundFaultException";
    /// `Redshift.SubscriptionEventIdNotFoundFaultException`
    pub const SUBSCRIPTION_EVENT_ID_NOT_FOUND_FAULT: &str = "Redshift.SubscriptionEventIdNotFoundFaultException";
    /// `Redshift.SubscriptionNotFoundFaultException`
    pub const SUBSCRIPTION_NOT_FOUND_FAULT: &str = "Redshift.SubscriptionNotFoundFaultException";
    /// `Redshift.SubscriptionSeverityNotFoundFaultException`
    pub const SUBSCRIPTION_SEVERITY_NOT_FOUND_FAULT: &str = "Redshift.SubscriptionSeverityNotFoundFaultException";
    /// `Redshift.TableLimitExceededFaultException`
    pub const TABLE_LIMIT_EXCEEDED_FAULT: &str = "Redshift.TableLimitExceededFaultException";
    /// `Redshift.TableRestoreNotFoundFaultException`
    pub const TABLE_RESTORE_NOT_FOUND_FAULT: &str = "Redshift.TableRestoreNotFoundFaultException";
    /// `Redshift.TagLimitExceededFaultException`
    pub const TAG_LIMIT_EXCEEDED_FAULT: &str = "Redshift.TagLimitExceededFaultException";
    /// `Redshift.UnauthorizedOperationException`
    pub const UNAUTHORIZED_OPERATION: &str = "Redshift.UnauthorizedOperationException";
    /// `Redshift.UnauthorizedPartnerIntegrationFaultException`
    pub const UNAUTHORIZED_PARTNER_INTEGRATION_FAULT: &str = "Redshift.UnauthorizedPartnerIntegrationFaultException";
    /// `Redshift.UnknownSnapshotCopyRegionFaultException`
    pub const UNKNOWN_SNAPSHOT_COPY_REGION_FAULT: &str = "Redshift.UnknownSnapshotCopyRegionFaultException";
    /// `Redshift.UnsupportedOperationFaultException`
    pub const UNSUPPORTED_OPERATION_FAULT: &str = "Redshift.UnsupportedOperationFaultException";
    /// `Redshift.UnsupportedOptionFaultException`
    pub const UNSUPPORTED_OPTION_FAULT: &str = "Redshift.UnsupportedOptionFaultException";
    /// `Redshift.UsageLimitAlreadyExistsFaultException`
    pub const USAGE_LIMIT_ALREADY_EXISTS_FAULT: &str = "Redshift.UsageLimitAlreadyExistsFaultException";
    /// `Redshift.UsageLimitNotFoundFaultException`
    pub const USAGE_LIMIT_NOT_FOUND_FAULT: &str = "Redshift.UsageLimitNotFoundFaultException";
}

/// `aws-sdk:redshiftdata` errors.
pub mod redshiftdata {
    /// `RedshiftData.ActiveSessionsExceededException`
    pub const ACTIVE_SESSIONS_EXCEEDED: &str = "RedshiftData.ActiveSessionsExceededException";
    /// `RedshiftData.ActiveStatementsExceededException`
    pub const ACTIVE_STATEMENTS_EXCEEDED: &str = "RedshiftData.ActiveStatementsExceededException";
    /// `RedshiftData.ActiveWaitingRequestsExceededException`
    pub const ACTIVE_WAITING_REQUESTS_EXCEEDED: &str = "RedshiftData.ActiveWaitingRequestsExceededException";
    /// `RedshiftData.BatchExecuteStatementException`
    pub const BATCH_EXECUTE_STATEMENT: &str = "RedshiftData.BatchExecuteStatementException";
    /// `RedshiftData.DatabaseConnectionException`
    pub const DATABASE_CONNECTION: &str = "RedshiftData.DatabaseConnectionException";
    /// `RedshiftData.ExecuteStatementException`
    pub const EXECUTE_STATEMENT: &str = "RedshiftData.ExecuteStatementException";
    /// `RedshiftData.InternalServerException`
    pub const INTERNAL_SERVER: &str = "RedshiftData.InternalServerException";
    /// `RedshiftData.QueryTimeoutException`
    pub const QUERY_TIMEOUT: &str = "RedshiftData.QueryTimeoutException";
    /// `RedshiftData.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "RedshiftData.ResourceNotFoundException";
    /// `RedshiftData.ValidationException`
    pub const VALIDATION: &str = "RedshiftData.ValidationException";
}

/// `aws-sdk:redshiftserverless` errors.
pub mod redshiftserverless {
    /// `RedshiftServerless.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "RedshiftServerless.AccessDeniedException";
    /// `RedshiftServerless.ConflictException`
    pub const CONFLICT: &str = "RedshiftServerless.ConflictException";
    /// `RedshiftServerless.DryRunException`
    pub const DRY_RUN: &str = "RedshiftServerless.DryRunException";
    /// `RedshiftServerless.InsufficientCapacityException`
    pub const INSUFFICIENT_CAPACITY: &str = "RedshiftServerless.InsufficientCapacityException";
    /// `RedshiftServerless.InternalServerException`
    pub const INTERNAL_SERVER: &str = "RedshiftServerless.InternalServerException";
    /// `RedshiftServerless.InvalidPaginationException`
    pub const INVALID_PAGINATION: &str = "RedshiftServerless.InvalidPaginationException";
    /// `RedshiftServerless.Ipv6CidrBlockNotFoundException`
    pub const IPV6_CIDR_BLOCK_NOT_FOUND: &str = "RedshiftServerless.Ipv6CidrBlockNotFoundException";
    /// `RedshiftServerless.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "RedshiftServerless.ResourceNotFoundException";
    /// `RedshiftServerless.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "RedshiftServerless.ServiceQuotaExceededException";
    /// `RedshiftServerless.ThrottlingException`
    pub const THROTTLING: &str = "RedshiftServerless.ThrottlingException";
    /// `RedshiftServerless.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "RedshiftServerless.TooManyTagsException";
    /// `RedshiftServerless.ValidationException`
    pub const VALIDATION: &str = "RedshiftServerless.ValidationException";
}

/// `aws-sdk:rekognition` errors.
pub mod rekognition {
    /// `Rekognition.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Rekognition.AccessDeniedException";
    /// `Rekognition.ConflictException`
    pub const CONFLICT: &str = "Rekognition.ConflictException";
    /// `Rekognition.HumanLoopQuotaExceededException`
    pub const HUMAN_LOOP_QUOTA_EXCEEDED: &str = "Rekognition.HumanLoopQuotaExceededException";
    /// `Rekognition.IdempotentParameterMismatchException`
    pub const IDEMPOTENT_PARAMETER_MISMATCH: &str = "Rekognition.IdempotentParameterMismatchException";
    /// `Rekognition.ImageTooLargeException`
    pub const IMAGE_TOO_LARGE: &str = "Rekognition.ImageTooLargeException";
    /// `Rekognition.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "Rekognition.InternalServerErrorException";
    /// `Rekognition.InvalidImageFormatException`
    pub const INVALID_IMAGE_FORMAT: &str = "Rekognition.InvalidImageFormatException";
    /// `Rekognition.InvalidManifestException`
    pub const INVALID_MANIFEST: &str = "Rekognition.InvalidManifestException";
    /// `Rekognition.InvalidPaginationTokenException`
    pub const INVALID_PAGINATION_TOKEN: &str = "Rekognition.InvalidPaginationTokenException";
    /// `Rekognition.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "Rekognition.InvalidParameterException";
    /// `Rekognition.InvalidPolicyRevisionIdException`
    pub const INVALID_POLICY_REVISION_ID: &str = "Rekognition.InvalidPolicyRevisionIdException";
    /// `Rekognition.InvalidS3ObjectException`
    pub const INVALID_S3_OBJECT: &str = "Rekognition.InvalidS3ObjectException";
    /// `Rekognition.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Rekognition.LimitExceededException";
    /// `Rekognition.MalformedPolicyDocumentException`
    pub const MALFORMED_POLICY_DOCUMENT: &str = "Rekognition.MalformedPolicyDocumentException";
    /// `Rekognition.ProvisionedThroughputExceededException`
    pub const PROVISIONED_THROUGHPUT_EXCEEDED: &str = "Rekognition.ProvisionedThroughputExceededException";
    /// `Rekognition.ResourceAlreadyExistsException`
    pub const RESOURCE_ALREADY_EXISTS: &str = "Rekognition.ResourceAlreadyExistsException";
    /// `Rekognition.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "Rekognition.ResourceInUseException";
    /// `Rekognition.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Rekognition.ResourceNotFoundException";
    /// `Rekognition.ResourceNotReadyException`
    pub const RESOURCE_NOT_READY: &str = "Rekognition.ResourceNotReadyException";
    /// `Rekognition.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Rekognition.ServiceQuotaExceededException";
    /// `Rekognition.SessionNotFoundException`
    pub const SESSION_NOT_FOUND: &str = "Rekognition.SessionNotFoundException";
    /// `Rekognition.ThrottlingException`
    pub const THROTTLING: &str = "Rekognition.ThrottlingException";
    /// `Rekognition.VideoTooLargeException`
    pub const VIDEO_TOO_LARGE: &str = "Rekognition.VideoTooLargeException";
}

/// `aws-sdk:repostspace` errors.
pub mod repostspace {
    /// `Repostspace.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Repostspace.AccessDeniedException";
    /// `Repostspace.ConflictException`
    pub const CONFLICT: &str = "Repostspace.ConflictException";
    /// `Repostspace.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Repostspace.InternalServerException";
    /// `Repostspace.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Repostspace.ResourceNotFoundException";
    /// `Repostspace.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Repostspace.ServiceQuotaExceededException";
    /// `Repostspace.ThrottlingException`
    pub const THROTTLING: &str = "Repostspace.ThrottlingException";
    /// `Repostspace.ValidationException`
    pub const VALIDATION: &str = "Repostspace.ValidationException";
}

/// `aws-sdk:resiliencehub` errors.
pub mod resiliencehub {
    /// `Resiliencehub.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Resiliencehub.AccessDeniedException";
    /// `Resiliencehub.ConflictException`
    pub const CONFLICT: &str = "Resiliencehub.ConflictException";
    /// `Resiliencehub.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Resiliencehub.InternalServerException";
    /// `Resiliencehub.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Resiliencehub.ResourceNotFoundException";
    /// `Resiliencehub.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Resiliencehub.ServiceQuotaExceededException";
    /// `Resiliencehub.ThrottlingException`
    pub const THROTTLING: &str = "Resiliencehub.ThrottlingException";
    /// `Resiliencehub.ValidationException`
    pub const VALIDATION: &str = "Resiliencehub.ValidationException";
}

/// `aws-sdk:resiliencehubv2` errors.
pub mod resiliencehubv2 {
    /// `Resiliencehubv2.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Resiliencehubv2.AccessDeniedException";
    /// `Resiliencehubv2.ConflictException`
    pub const CONFLICT: &str = "Resiliencehubv2.ConflictException";
    /// `Resiliencehubv2.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Resiliencehubv2.InternalServerException";
    /// `Resiliencehubv2.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Resiliencehubv2.ResourceNotFoundException";
    /// `Resiliencehubv2.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Resiliencehubv2.ServiceQuotaExceededException";
    /// `Resiliencehubv2.ThrottlingException`
    pub const THROTTLING: &str = "Resiliencehubv2.ThrottlingException";
    /// `Resiliencehubv2.ValidationException`
    pub const VALIDATION: &str = "Resiliencehubv2.ValidationException";
}

/// `aws-sdk:resourceexplorer2` errors.
pub mod resourceexplorer2 {
    /// `ResourceExplorer2.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "ResourceExplorer2.AccessDeniedException";
    /// `ResourceExplorer2.ConflictException`
    pub const CONFLICT: &str = "ResourceExplorer2.ConflictException";
    /// `ResourceExplorer2.InternalServerException`
    pub const INTERNAL_SERVER: &str = "ResourceExplorer2.InternalServerException";
    /// `ResourceExplorer2.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ResourceExplorer2.ResourceNotFoundException";
    /// `ResourceExplorer2.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "ResourceExplorer2.ServiceQuotaExceededException";
    /// `ResourceExplorer2.ThrottlingException`
    pub const THROTTLING: &str = "ResourceExplorer2.ThrottlingException";
    /// `ResourceExplorer2.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "ResourceExplorer2.UnauthorizedException";
    /// `ResourceExplorer2.ValidationException`
    pub const VALIDATION: &str = "ResourceExplorer2.ValidationException";
}

/// `aws-sdk:resourcegroups` errors.
pub mod resourcegroups {
    /// `ResourceGroups.BadRequestException`
    pub const BAD_REQUEST: &str = "ResourceGroups.BadRequestException";
    /// `ResourceGroups.ForbiddenException`
    pub const FORBIDDEN: &str = "ResourceGroups.ForbiddenException";
    /// `ResourceGroups.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "ResourceGroups.InternalServerErrorException";
    /// `ResourceGroups.MethodNotAllowedException`
    pub const METHOD_NOT_ALLOWED: &str = "ResourceGroups.MethodNotAllowedException";
    /// `ResourceGroups.NotFoundException`
    pub const NOT_FOUND: &str = "ResourceGroups.NotFoundException";
    /// `ResourceGroups.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "ResourceGroups.TooManyRequestsException";
    /// `ResourceGroups.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "ResourceGroups.UnauthorizedException";
}

/// `aws-sdk:resourcegroupstaggingapi` errors.
pub mod resourcegroupstaggingapi {
    /// `ResourceGroupsTaggingApi.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "ResourceGroupsTaggingApi.ConcurrentModificationException";
    /// `ResourceGroupsTaggingApi.ConstraintViolationException`
    pub const CONSTRAINT_VIOLATION: &str = "ResourceGroupsTaggingApi.ConstraintViolationException";
    /// `ResourceGroupsTaggingApi.InternalServiceException`
    pub const INTERNAL_SERVICE: &str = "ResourceGroupsTaggingApi.InternalServiceException";
    /// `ResourceGroupsTaggingApi.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "ResourceGroupsTaggingApi.InvalidParameterException";
    /// `ResourceGroupsTaggingApi.PaginationTokenExpiredException`
    pub const PAGINATION_TOKEN_EXPIRED: &str = "ResourceGroupsTaggingApi.PaginationTokenExpiredException";
    /// `ResourceGroupsTaggingApi.ThrottledException`
    pub const THROTTLED: &str = "ResourceGroupsTaggingApi.ThrottledException";
}

/// `aws-sdk:rolesanywhere` errors.
pub mod rolesanywhere {
    /// `RolesAnywhere.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "RolesAnywhere.AccessDeniedException";
    /// `RolesAnywhere.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "RolesAnywhere.ResourceNotFoundException";
    /// `RolesAnywhere.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "RolesAnywhere.ServiceUnavailableException";
    /// `RolesAnywhere.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "RolesAnywhere.TooManyTagsException";
    /// `RolesAnywhere.ValidationException`
    pub const VALIDATION: &str = "RolesAnywhere.ValidationException";
}

/// `aws-sdk:route53` errors.
pub mod route53 {
    /// `Route53.CidrBlockInUseException`
    pub const CIDR_BLOCK_IN_USE: &str = "Route53.CidrBlockInUseException";
    /// `Route53.CidrCollectionAlreadyExistsException`
    pub const CIDR_COLLECTION_ALREADY_EXISTS: &str = "Route53.CidrCollectionAlreadyExistsException";
    /// `Route53.CidrCollectionInUseException`
    pub const CIDR_COLLECTION_IN_USE: &str = "Route53.CidrCollectionInUseException";
    /// `Route53.CidrCollectionVersionMismatchException`
    pub const CIDR_COLLECTION_VERSION_MISMATCH: &str = "Route53.CidrCollectionVersionMismatchException";
    /// `Route53.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "Route53.ConcurrentModificationException";
    /// `Route53.ConflictingDomainExistsException`
    pub const CONFLICTING_DOMAIN_EXISTS: &str = "Route53.ConflictingDomainExistsException";
    /// `Route53.ConflictingTypesException`
    pub const CONFLICTING_TYPES: &str = "Route53.ConflictingTypesException";
    /// `Route53.DNSSECNotFoundException`
    pub const DNSSEC_NOT_FOUND: &str = "Route53.DNSSECNotFoundException";
    /// `Route53.DelegationSetAlreadyCreatedException`
    pub const DELEGATION_SET_ALREADY_CREATED: &str = "Route53.DelegationSetAlreadyCreatedException";
    /// `Route53.DelegationSetAlreadyReusableException`
    pub const DELEGATION_SET_ALREADY_REUSABLE: &str = "Route53.DelegationSetAlreadyReusableException";
    /// `Route53.DelegationSetInUseException`
    pub const DELEGATION_SET_IN_USE: &str = "Route53.DelegationSetInUseException";
    /// `Route53.DelegationSetNotAvailableException`
    pub const DELEGATION_SET_NOT_AVAILABLE: &str = "Route53.DelegationSetNotAvailableException";
    /// `Route53.DelegationSetNotReusableException`
    pub const DELEGATION_SET_NOT_REUSABLE: &str = "Route53.DelegationSetNotReusableException";
    /// `Route53.FeatureNotEnabledException`
    pub const FEATURE_NOT_ENABLED: &str = "Route53.FeatureNotEnabledException";
    /// `Route53.HealthCheckAlreadyExistsException`
    pub const HEALTH_CHECK_ALREADY_EXISTS: &str = "Route53.HealthCheckAlreadyExistsException";
    /// `Route53.HealthCheckInUseException`
    pub const HEALTH_CHECK_IN_USE: &str = "Route53.HealthCheckInUseException";
    /// `Route53.HealthCheckSourceAlreadyExistsException`
    pub const HEALTH_CHECK_SOURCE_ALREADY_EXISTS: &str = "Route53.HealthCheckSourceAlreadyExistsException";
    /// `Route53.HealthCheckVersionMismatchException`
    pub const HEALTH_CHECK_VERSION_MISMATCH: &str = "Route53.HealthCheckVersionMismatchException";
    /// `Route53.HostedZoneAlreadyExistsException`
    pub const HOSTED_ZONE_ALREADY_EXISTS: &str = "Route53.HostedZoneAlreadyExistsException";
    /// `Route53.HostedZoneNotEmptyException`
    pub const HOSTED_ZONE_NOT_EMPTY: &str = "Route53.HostedZoneNotEmptyException";
    /// `Route53.HostedZoneNotFoundException`
    pub const HOSTED_ZONE_NOT_FOUND: &str = "Route53.HostedZoneNotFoundException";
    /// `Route53.HostedZoneNotPrivateException`
    pub const HOSTED_ZONE_NOT_PRIVATE: &str = "Route53.HostedZoneNotPrivateException";
    /// `Route53.HostedZonePartiallyDelegatedException`
    pub const HOSTED_ZONE_PARTIALLY_DELEGATED: &str = "Route53.HostedZonePartiallyDelegatedException";
    /// `Route53.IncompatibleVersionException`
    pub const INCOMPATIBLE_VERSION: &str = "Route53.IncompatibleVersionException";
    /// `Route53.InsufficientCloudWatchLogsResourcePolicyException`
    pub const INSUFFICIENT_CLOUD_WATCH_LOGS_RESOURCE_POLICY: &str = "Route53.InsufficientCloudWatchLogsResourcePolicyException";
    /// `Route53.InvalidArgumentException`
    pub const INVALID_ARGUMENT: &str = "Route53.InvalidArgumentException";
    /// `Route53.InvalidChangeBatchException`
    pub const INVALID_CHANGE_BATCH: &str = "Route53.InvalidChangeBatchException";
    /// `Route53.InvalidDomainNameException`
    pub const INVALID_DOMAIN_NAME: &str = "Route53.InvalidDomainNameException";
    /// `Route53.InvalidInputException`
    pub const INVALID_INPUT: &str = "Route53.InvalidInputException";
    /// `Route53.InvalidKMSArnException`
    pub const INVALID_KMS_ARN: &str = "Route53.InvalidKMSArnException";
    /// `Route53.InvalidKeySigningKeyNameException`
    pub const INVALID_KEY_SIGNING_KEY_NAME: &str = "Route53.InvalidKeySigningKeyNameException";
    /// `Route53.InvalidKeySigningKeyStatusException`
    pub const INVALID_KEY_SIGNING_KEY_STATUS: &str = "Route53.InvalidKeySigningKeyStatusException";
    /// `Route53.InvalidPaginationTokenException`
    pub const INVALID_PAGINATION_TOKEN: &str = "Route53.InvalidPaginationTokenException";
    /// `Route53.InvalidResourceRecordSetProtectionBatchException`
    pub const INVALID_RESOURCE_RECORD_SET_PROTECTION_BATCH: &str = "Route53.InvalidResourceRecordSetProtectionBatchException";
    /// `Route53.InvalidSigningStatusException`
    pub const INVALID_SIGNING_STATUS: &str = "Route53.InvalidSigningStatusException";
    /// `Route53.InvalidTrafficPolicyDocumentException`
    pub const INVALID_TRAFFIC_POLICY_DOCUMENT: &str = "Route53.InvalidTrafficPolicyDocumentException";
    /// `Route53.InvalidVPCIdException`
    pub const INVALID_VPC_ID: &str = "Route53.InvalidVPCIdException";
    /// `Route53.KeySigningKeyAlreadyExistsException`
    pub const KEY_SIGNING_KEY_ALREADY_EXISTS: &str = "Route53.KeySigningKeyAlreadyExistsException";
    /// `Route53.KeySigningKeyInParentDSRecordException`
    pub const KEY_SIGNING_KEY_IN_PARENT_DS_RECORD: &str = "Route53.KeySigningKeyInParentDSRecordException";
    /// `Route53.KeySigningKeyInUseException`
    pub const KEY_SIGNING_KEY_IN_USE: &str = "Route53.KeySigningKeyInUseException";
    /// `Route53.KeySigningKeyWithActiveStatusNotFoundException`
    pub const KEY_SIGNING_KEY_WITH_ACTIVE_STATUS_NOT_FOUND: &str = "Route53.KeySigningKeyWithActiveStatusNotFoundException";
    /// `Route53.LastVPCAssociationException`
    pub const LAST_VPC_ASSOCIATION: &str = "Route53.LastVPCAssociationException";
    /// `Route53.LimitsExceededException`
    pub const LIMITS_EXCEEDED: &str = "Route53.LimitsExceededException";
    /// `Route53.NoSuchChangeException`
    pub const NO_SUCH_CHANGE: &str = "Route53.NoSuchChangeException";
    /// `Route53.NoSuchCidrCollectionException`
    pub const NO_SUCH_CIDR_COLLECTION: &str = "Route53.NoSuchCidrCollectionException";
    /// `Route53.NoSuchCidrLocationException`
    pub const NO_SUCH_CIDR_LOCATION: &str = "Route53.NoSuchCidrLocationException";
    /// `Route53.NoSuchCloudWatchLogsLogGroupException`
    pub const NO_SUCH_CLOUD_WATCH_LOGS_LOG_GROUP: &str = "Route53.NoSuchCloudWatchLogsLogGroupException";
    /// `Route53.NoSuchDelegationSetException`
    pub const NO_SUCH_DELEGATION_SET: &str = "Route53.NoSuchDelegationSetException";
    /// `Route53.NoSuchGeoLocationException`
    pub const NO_SUCH_GEO_LOCATION: &str = "Route53.NoSuchGeoLocationException";
    /// `Route53.NoSuchHealthCheckException`
    pub const NO_SUCH_HEALTH_CHECK: &str = "Route53.NoSuchHealthCheckException";
    /// `Route53.NoSuchHealthCheckSourceException`
    pub const NO_SUCH_HEALTH_CHECK_SOURCE: &str = "Route53.NoSuchHealthCheckSourceException";
    /// `Route53.NoSuchHostedZoneException`
    pub const NO_SUCH_HOSTED_ZONE: &str = "Route53.NoSuchHostedZoneException";
    /// `Route53.NoSuchKeySigningKeyException`
    pub const NO_SUCH_KEY_SIGNING_KEY: &str = "Route53.NoSuchKeySigningKeyException";
    /// `Route53.NoSuchQueryLoggingConfigException`
    pub const NO_SUCH_QUERY_LOGGING_CONFIG: &str = "Route53.NoSuchQueryLoggingConfigException";
    /// `Route53.NoSuchTrafficPolicyException`
    pub const NO_SUCH_TRAFFIC_POLICY: &str = "Route53.NoSuchTrafficPolicyException";
    /// `Route53.NoSuchTrafficPolicyInstanceException`
    pub const NO_SUCH_TRAFFIC_POLICY_INSTANCE: &str = "Route53.NoSuchTrafficPolicyInstanceException";
    /// `Route53.NotAuthorizedException`
    pub const NOT_AUTHORIZED: &str = "Route53.NotAuthorizedException";
    /// `Route53.PriorRequestNotCompleteException`
    pub const PRIOR_REQUEST_NOT_COMPLETE: &str = "Route53.PriorRequestNotCompleteException";
    /// `Route53.ProtectionAlreadyExistsException`
    pub const PROTECTION_ALREADY_EXISTS: &str = "Route53.ProtectionAlreadyExistsException";
    /// `Route53.PublicZoneVPCAssociationException`
    pub const PUBLIC_ZONE_VPC_ASSOCIATION: &str = "Route53.PublicZoneVPCAssociationException";
    /// `Route53.QueryLoggingConfigAlreadyExistsException`
    pub const QUERY_LOGGING_CONFIG_ALREADY_EXISTS: &str = "Route53.QueryLoggingConfigAlreadyExistsException";
    /// `Route53.ThrottlingException`
    pub const THROTTLING: &str = "Route53.ThrottlingException";
    /// `Route53.TooManyHealthCheckSourcesException`
    pub const TOO_MANY_HEALTH_CHECK_SOURCES: &str = "Route53.TooManyHealthCheckSourcesException";
    /// `Route53.TooManyHealthChecksException`
    pub const TOO_MANY_HEALTH_CHECKS: &str = "Route53.TooManyHealthChecksException";
    /// `Route53.TooManyHostedZonesException`
    pub const TOO_MANY_HOSTED_ZONES: &str = "Route53.TooManyHostedZonesException";
    /// `Route53.TooManyKeySigningKeysException`
    pub const TOO_MANY_KEY_SIGNING_KEYS: &str = "Route53.TooManyKeySigningKeysException";
    /// `Route53.TooManyTrafficPoliciesException`
    pub const TOO_MANY_TRAFFIC_POLICIES: &str = "Route53.TooManyTrafficPoliciesException";
    /// `Route53.TooManyTrafficPolicyInstancesException`
    pub const TOO_MANY_TRAFFIC_POLICY_INSTANCES: &str = "Route53.TooManyTrafficPolicyInstancesException";
    /// `Route53.TooManyTrafficPolicyVersionsForCurrentPolicyException`
    pub const TOO_MANY_TRAFFIC_POLICY_VERSIONS_FOR_CURRENT_POLICY: &str = "Route53.TooManyTrafficPolicyVersionsForCurrentPolicyException";
    /// `Route53.TooManyVPCAssociationAuthorizationsException`
    pub const TOO_MANY_VPC_ASSOCIATION_AUTHORIZATIONS: &str = "Route53.TooManyVPCAssociationAuthorizationsException";
    /// `Route53.TrafficPolicyAlreadyExistsException`
    pub const TRAFFIC_POLICY_ALREADY_EXISTS: &str = "Route53.TrafficPolicyAlreadyExistsException";
    /// `Route53.TrafficPolicyInUseException`
    pub const TRAFFIC_POLICY_IN_USE: &str = "Route53.TrafficPolicyInUseException";
    /// `Route53.TrafficPolicyInstanceAlreadyExistsException`
    pub const TRAFFIC_POLICY_INSTANCE_ALREADY_EXISTS: &str = "Route53.TrafficPolicyInstanceAlreadyExistsException";
    /// `Route53.VPCAssociationAuthorizationNotFoundException`
    pub const VPC_ASSOCIATION_AUTHORIZATION_NOT_FOUND: &str = "Route53.VPCAssociationAuthorizationNotFoundException";
    /// `Route53.VPCAssociationNotFoundException`
    pub const VPC_ASSOCIATION_NOT_FOUND: &str = "Route53.VPCAssociationNotFoundException";
}

/// `aws-sdk:route53domains` errors.
pub mod route53domains {
    /// `Route53Domains.DnssecLimitExceededException`
    pub const DNSSEC_LIMIT_EXCEEDED: &str = "Route53Domains.DnssecLimitExceededException";
    /// `Route53Domains.DomainLimitExceededException`
    pub const DOMAIN_LIMIT_EXCEEDED: &str = "Route53Domains.DomainLimitExceededException";
    /// `Route53Domains.DuplicateRequestException`
    pub const DUPLICATE_REQUEST: &str = "Route53Domains.DuplicateRequestException";
    /// `Route53Domains.InvalidInputException`
    pub const INVALID_INPUT: &str = "Route53Domains.InvalidInputException";
    /// `Route53Domains.OperationLimitExceededException`
    pub const OPERATION_LIMIT_EXCEEDED: &str = "Route53Domains.OperationLimitExceededException";
    /// `Route53Domains.TLDInMaintenanceException`
    pub const TLD_IN_MAINTENANCE: &str = "Route53Domains.TLDInMaintenanceException";
    /// `Route53Domains.TLDRulesViolationException`
    pub const TLD_RULES_VIOLATION: &str = "Route53Domains.TLDRulesViolationException";
    /// `Route53Domains.UnsupportedTLDException`
    pub const UNSUPPORTED_TLD: &str = "Route53Domains.UnsupportedTLDException";
}

/// `aws-sdk:route53globalresolver` errors.
pub mod route53globalresolver {
    /// `Route53GlobalResolver.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Route53GlobalResolver.AccessDeniedException";
    /// `Route53GlobalResolver.ConflictException`
    pub const CONFLICT: &str = "Route53GlobalResolver.ConflictException";
    /// `Route53GlobalResolver.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Route53GlobalResolver.InternalServerException";
    /// `Route53GlobalResolver.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Route53GlobalResolver.ResourceNotFoundException";
    /// `Route53GlobalResolver.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Route53GlobalResolver.ServiceQuotaExceededException";
    /// `Route53GlobalResolver.ThrottlingException`
    pub const THROTTLING: &str = "Route53GlobalResolver.ThrottlingException";
    /// `Route53GlobalResolver.ValidationException`
    pub const VALIDATION: &str = "Route53GlobalResolver.ValidationException";
}

/// `aws-sdk:route53profiles` errors.
pub mod route53profiles {
    /// `Route53Profiles.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Route53Profiles.AccessDeniedException";
    /// `Route53Profiles.ConflictException`
    pub const CONFLICT: &str = "Route53Profiles.ConflictException";
    /// `Route53Profiles.InternalServiceErrorException`
    pub const INTERNAL_SERVICE_ERROR: &str = "Route53Profiles.InternalServiceErrorException";
    /// `Route53Profiles.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "Route53Profiles.InvalidNextTokenException";
    /// `Route53Profiles.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "Route53Profiles.InvalidParameterException";
    /// `Route53Profiles.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Route53Profiles.LimitExceededException";
    /// `Route53Profiles.ResourceExistsException`
    pub const RESOURCE_EXISTS: &str = "Route53Profiles.ResourceExistsException";
    /// `Route53Profiles.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Route53Profiles.ResourceNotFoundException";
    /// `Route53Profiles.ThrottlingException`
    pub const THROTTLING: &str = "Route53Profiles.ThrottlingException";
    /// `Route53Profiles.ValidationException`
    pub const VALIDATION: &str = "Route53Profiles.ValidationException";
}

/// `aws-sdk:route53recoverycluster` errors.
pub mod route53recoverycluster {
    /// `Route53RecoveryCluster.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Route53RecoveryCluster.AccessDeniedException";
    /// `Route53RecoveryCluster.ConflictException`
    pub const CONFLICT: &str = "Route53RecoveryCluster.ConflictException";
    /// `Route53RecoveryCluster.EndpointTemporarilyUnavailableException`
    pub const ENDPOINT_TEMPORARILY_UNAVAILABLE: &str = "Route53RecoveryCluster.EndpointTemporarilyUnavailableException";
    /// `Route53RecoveryCluster.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Route53RecoveryCluster.InternalServerException";
    /// `Route53RecoveryCluster.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Route53RecoveryCluster.ResourceNotFoundException";
    /// `Route53RecoveryCluster.ServiceLimitExceededException`
    pub const SERVICE_LIMIT_EXCEEDED: &str = "Route53RecoveryCluster.ServiceLimitExceededException";
    /// `Route53RecoveryCluster.ThrottlingException`
    pub const THROTTLING: &str = "Route53RecoveryCluster.ThrottlingException";
    /// `Route53RecoveryCluster.ValidationException`
    pub const VALIDATION: &str = "Route53RecoveryCluster.ValidationException";
}

/// `aws-sdk:route53recoverycontrolconfig` errors.
pub mod route53recoverycontrolconfig {
    /// `Route53RecoveryControlConfig.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Route53RecoveryControlConfig.AccessDeniedException";
    /// `Route53RecoveryControlConfig.ConflictException`
    pub const CONFLICT: &str = "Route53RecoveryControlConfig.ConflictException";
    /// `Route53RecoveryControlConfig.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Route53RecoveryControlConfig.InternalServerException";
    /// `Route53RecoveryControlConfig.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Route53RecoveryControlConfig.ResourceNotFoundException";
    /// `Route53RecoveryControlConfig.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Route53RecoveryControlConfig.ServiceQuotaExceededException";
    /// `Route53RecoveryControlConfig.ThrottlingException`
    pub const THROTTLING: &str = "Route53RecoveryControlConfig.ThrottlingException";
    /// `Route53RecoveryControlConfig.ValidationException`
    pub const VALIDATION: &str = "Route53RecoveryControlConfig.ValidationException";
}

/// `aws-sdk:route53recoveryreadiness` errors.
pub mod route53recoveryreadiness {
    /// `Route53RecoveryReadiness.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Route53RecoveryReadiness.AccessDeniedException";
    /// `Route53RecoveryReadiness.ConflictException`
    pub const CONFLICT: &str = "Route53RecoveryReadiness.ConflictException";
    /// `Route53RecoveryReadiness.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Route53RecoveryReadiness.InternalServerException";
    /// `Route53RecoveryReadiness.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Route53RecoveryReadiness.ResourceNotFoundException";
    /// `Route53RecoveryReadiness.ThrottlingException`
    pub const THROTTLING: &str = "Route53RecoveryReadiness.ThrottlingException";
    /// `Route53RecoveryReadiness.ValidationException`
    pub const VALIDATION: &str = "Route53RecoveryReadiness.ValidationException";
}

/// `aws-sdk:route53resolver` errors.
pub mod route53resolver {
    /// `Route53Resolver.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Route53Resolver.AccessDeniedException";
    /// `Route53Resolver.ConflictException`
    pub const CONFLICT: &str = "Route53Resolver.ConflictException";
    /// `Route53Resolver.InternalServiceErrorException`
    pub const INTERNAL_SERVICE_ERROR: &str = "Route53Resolver.InternalServiceErrorException";
    /// `Route53Resolver.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "Route53Resolver.InvalidNextTokenException";
    /// `Route53Resolver.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "Route53Resolver.InvalidParameterException";
    /// `Route53Resolver.InvalidPolicyDocumentException`
    pub const INVALID_POLICY_DOCUMENT: &str = "Route53Resolver.InvalidPolicyDocumentException";
    /// `Route53Resolver.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "Route53Resolver.InvalidRequestException";
    /// `Route53Resolver.InvalidTagException`
    pub const INVALID_TAG: &str = "Route53Resolver.InvalidTagException";
    /// `Route53Resolver.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Route53Resolver.LimitExceededException";
    /// `Route53Resolver.ResourceExistsException`
    pub const RESOURCE_EXISTS: &str = "Route53Resolver.ResourceExistsException";
    /// `Route53Resolver.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "Route53Resolver.ResourceInUseException";
    /// `Route53Resolver.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Route53Resolver.ResourceNotFoundException";
    /// `Route53Resolver.ResourceUnavailableException`
    pub const RESOURCE_UNAVAILABLE: &str = "Route53Resolver.ResourceUnavailableException";
    /// `Route53Resolver.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Route53Resolver.ServiceQuotaExceededException";
    /// `Route53Resolver.ThrottlingException`
    pub const THROTTLING: &str = "Route53Resolver.ThrottlingException";
    /// `Route53Resolver.UnknownResourceException`
    pub const UNKNOWN_RESOURCE: &str = "Route53Resolver.UnknownResourceException";
    /// `Route53Resolver.ValidationException`
    pub const VALIDATION: &str = "Route53Resolver.ValidationException";
}

/// `aws-sdk:rtbfabric` errors.
pub mod rtbfabric {
    /// `RtbFabric.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "RtbFabric.AccessDeniedException";
    /// `RtbFabric.ConflictException`
    pub const CONFLICT: &str = "RtbFabric.ConflictException";
    /// `RtbFabric.InternalServerException`
    pub const INTERNAL_SERVER: &str = "RtbFabric.InternalServerException";
    /// `RtbFabric.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "RtbFabric.ResourceNotFoundException";
    /// `RtbFabric.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "RtbFabric.ServiceQuotaExceededException";
    /// `RtbFabric.ThrottlingException`
    pub const THROTTLING: &str = "RtbFabric.ThrottlingException";
    /// `RtbFabric.ValidationException`
    pub const VALIDATION: &str = "RtbFabric.ValidationException";
}

/// `aws-sdk:rum` errors.
pub mod rum {
    /// `Rum.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Rum.AccessDeniedException";
    /// `Rum.ConflictException`
    pub const CONFLICT: &str = "Rum.ConflictException";
    /// `Rum.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Rum.InternalServerException";
    /// `Rum.InvalidPolicyRevisionIdException`
    pub const INVALID_POLICY_REVISION_ID: &str = "Rum.InvalidPolicyRevisionIdException";
    /// `Rum.MalformedPolicyDocumentException`
    pub const MALFORMED_POLICY_DOCUMENT: &str = "Rum.MalformedPolicyDocumentException";
    /// `Rum.PolicyNotFoundException`
    pub const POLICY_NOT_FOUND: &str = "Rum.PolicyNotFoundException";
    /// `Rum.PolicySizeLimitExceededException`
    pub const POLICY_SIZE_LIMIT_EXCEEDED: &str = "Rum.PolicySizeLimitExceededException";
    /// `Rum.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Rum.ResourceNotFoundException";
    /// `Rum.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Rum.ServiceQuotaExceededException";
    /// `Rum.ThrottlingException`
    pub const THROTTLING: &str = "Rum.ThrottlingException";
    /// `Rum.ValidationException`
    pub const VALIDATION: &str = "Rum.ValidationException";
}

/// `aws-sdk:s3` errors.
pub mod s3 {
    /// `S3.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "S3.AccessDeniedException";
    /// `S3.AnnotationLimitExceededException`
    pub const ANNOTATION_LIMIT_EXCEEDED: &str = "S3.AnnotationLimitExceededException";
    /// `S3.AnnotationNameTooLongException`
    pub const ANNOTATION_NAME_TOO_LONG: &str = "S3.AnnotationNameTooLongException";
    /// `S3.BucketAlreadyExistsException`
    pub const BUCKET_ALREADY_EXISTS: &str = "S3.BucketAlreadyExistsException";
    /// `S3.BucketAlreadyOwnedByYouException`
    pub const BUCKET_ALREADY_OWNED_BY_YOU: &str = "S3.BucketAlreadyOwnedByYouException";
    /// `S3.EncryptionTypeMismatchException`
    pub const ENCRYPTION_TYPE_MISMATCH: &str = "S3.EncryptionTypeMismatchException";
    /// `S3.IdempotencyParameterMismatchException`
    pub const IDEMPOTENCY_PARAMETER_MISMATCH: &str = "S3.IdempotencyParameterMismatchException";
    /// `S3.InvalidAnnotationNameException`
    pub const INVALID_ANNOTATION_NAME: &str = "S3.InvalidAnnotationNameException";
    /// `S3.InvalidObjectStateException`
    pub const INVALID_OBJECT_STATE: &str = "S3.InvalidObjectStateException";
    /// `S3.InvalidPrefixException`
    pub const INVALID_PREFIX: &str = "S3.InvalidPrefixException";
    /// `S3.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "S3.InvalidRequestException";
    /// `S3.InvalidWriteOffsetException`
    pub const INVALID_WRITE_OFFSET: &str = "S3.InvalidWriteOffsetException";
    /// `S3.NoSuchAnnotationException`
    pub const NO_SUCH_ANNOTATION: &str = "S3.NoSuchAnnotationException";
    /// `S3.NoSuchBucketException`
    pub const NO_SUCH_BUCKET: &str = "S3.NoSuchBucketException";
    /// `S3.NoSuchKeyException`
    pub const NO_SUCH_KEY: &str = "S3.NoSuchKeyException";
    /// `S3.NoSuchUploadException`
    pub const NO_SUCH_UPLOAD: &str = "S3.NoSuchUploadException";
    /// `S3.ObjectAlreadyInActiveTierErrorException`
    pub const OBJECT_ALREADY_IN_ACTIVE_TIER_ERROR: &str = "S3.ObjectAlreadyInActiveTierErrorException";
    /// `S3.ObjectNotInActiveTierErrorException`
    pub const OBJECT_NOT_IN_ACTIVE_TIER_ERROR: &str = "S3.ObjectNotInActiveTierErrorException";
    /// `S3.TooManyPartsException`
    pub const TOO_MANY_PARTS: &str = "S3.TooManyPartsException";
    /// `S3.UnsupportedMediaTypeException`
    pub const UNSUPPORTED_MEDIA_TYPE: &str = "S3.UnsupportedMediaTypeException";
}

/// `aws-sdk:s3control` errors.
pub mod s3control {
    /// `S3Control.BadRequestException`
    pub const BAD_REQUEST: &str = "S3Control.BadRequestException";
    /// `S3Control.BucketAlreadyExistsException`
    pub const BUCKET_ALREADY_EXISTS: &str = "S3Control.BucketAlreadyExistsException";
    /// `S3Control.BucketAlreadyOwnedByYouException`
    pub const BUCKET_ALREADY_OWNED_BY_YOU: &str = "S3Control.BucketAlreadyOwnedByYouException";
    /// `S3Control.IdempotencyException`
    pub const IDEMPOTENCY: &str = "S3Control.IdempotencyException";
    /// `S3Control.InternalServiceException`
    pub const INTERNAL_SERVICE: &str = "S3Control.InternalServiceException";
    /// `S3Control.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "S3Control.InvalidNextTokenException";
    /// `S3Control.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "S3Control.InvalidRequestException";
    /// `S3Control.JobStatusException`
    pub const JOB_STATUS: &str = "S3Control.JobStatusException";
    /// `S3Control.NoSuchPublicAccessBlockConfigurationException`
    pub const NO_SUCH_PUBLIC_ACCESS_BLOCK_CONFIGURATION: &str = "S3Control.NoSuchPublicAccessBlockConfigurationException";
    /// `S3Control.NotFoundException`
    pub const NOT_FOUND: &str = "S3Control.NotFoundException";
    /// `S3Control.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "S3Control.TooManyRequestsException";
    /// `S3Control.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "S3Control.TooManyTagsException";
}

/// `aws-sdk:s3files` errors.
pub mod s3files {
    /// `S3Files.ConflictException`
    pub const CONFLICT: &str = "S3Files.ConflictException";
    /// `S3Files.InternalServerException`
    pub const INTERNAL_SERVER: &str = "S3Files.InternalServerException";
    /// `S3Files.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "S3Files.ResourceNotFoundException";
    /// `S3Files.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "S3Files.ServiceQuotaExceededException";
    /// `S3Files.ThrottlingException`
    pub const THROTTLING: &str = "S3Files.ThrottlingException";
    /// `S3Files.ValidationException`
    pub const VALIDATION: &str = "S3Files.ValidationException";
}

/// `aws-sdk:s3outposts` errors.
pub mod s3outposts {
    /// `S3Outposts.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "S3Outposts.AccessDeniedException";
    /// `S3Outposts.ConflictException`
    pub const CONFLICT: &str = "S3Outposts.ConflictException";
    /// `S3Outposts.InternalServerException`
    pub const INTERNAL_SERVER: &str = "S3Outposts.InternalServerException";
    /// `S3Outposts.OutpostOfflineException`
    pub const OUTPOST_OFFLINE: &str = "S3Outposts.OutpostOfflineException";
    /// `S3Outposts.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "S3Outposts.ResourceNotFoundException";
    /// `S3Outposts.ThrottlingException`
    pub const THROTTLING: &str = "S3Outposts.ThrottlingException";
    /// `S3Outposts.ValidationException`
    pub const VALIDATION: &str = "S3Outposts.ValidationException";
}

/// `aws-sdk:s3tables` errors.
pub mod s3tables {
    /// `S3Tables.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "S3Tables.AccessDeniedException";
    /// `S3Tables.BadRequestException`
    pub const BAD_REQUEST: &str = "S3Tables.BadRequestException";
    /// `S3Tables.ConflictException`
    pub const CONFLICT: &str = "S3Tables.ConflictException";
    /// `S3Tables.ForbiddenException`
    pub const FORBIDDEN: &str = "S3Tables.ForbiddenException";
    /// `S3Tables.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "S3Tables.InternalServerErrorException";
    /// `S3Tables.MethodNotAllowedException`
    pub const METHOD_NOT_ALLOWED: &str = "S3Tables.MethodNotAllowedException";
    /// `S3Tables.NotFoundException`
    pub const NOT_FOUND: &str = "S3Tables.NotFoundException";
    /// `S3Tables.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "S3Tables.TooManyRequestsException";
}

/// `aws-sdk:s3vectors` errors.
pub mod s3vectors {
    /// `S3Vectors.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "S3Vectors.AccessDeniedException";
    /// `S3Vectors.ConflictException`
    pub const CONFLICT: &str = "S3Vectors.ConflictException";
    /// `S3Vectors.InternalServerException`
    pub const INTERNAL_SERVER: &str = "S3Vectors.InternalServerException";
    /// `S3Vectors.KmsDisabledException`
    pub const KMS_DISABLED: &str = "S3Vectors.KmsDisabledException";
    /// `S3Vectors.KmsInvalidKeyUsageException`
    pub const KMS_INVALID_KEY_USAGE: &str = "S3Vectors.KmsInvalidKeyUsageException";
    /// `S3Vectors.KmsInvalidStateException`
    pub const KMS_INVALID_STATE: &str = "S3Vectors.KmsInvalidStateException";
    /// `S3Vectors.KmsNotFoundException`
    pub const KMS_NOT_FOUND: &str = "S3Vectors.KmsNotFoundException";
    /// `S3Vectors.NotFoundException`
    pub const NOT_FOUND: &str = "S3Vectors.NotFoundException";
    /// `S3Vectors.RequestTimeoutException`
    pub const REQUEST_TIMEOUT: &str = "S3Vectors.RequestTimeoutException";
    /// `S3Vectors.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "S3Vectors.ServiceQuotaExceededException";
    /// `S3Vectors.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "S3Vectors.ServiceUnavailableException";
    /// `S3Vectors.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "S3Vectors.TooManyRequestsException";
    /// `S3Vectors.ValidationException`
    pub const VALIDATION: &str = "S3Vectors.ValidationException";
}

/// `aws-sdk:sagemaker` errors.
pub mod sagemaker {
    /// `SageMaker.ConflictException`
    pub const CONFLICT: &str = "SageMaker.ConflictException";
    /// `SageMaker.ResourceAlreadyExistsException`
    pub const RESOURCE_ALREADY_EXISTS: &str = "SageMaker.ResourceAlreadyExistsException";
    /// `SageMaker.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "SageMaker.ResourceInUseException";
    /// `SageMaker.ResourceLimitExceededException`
    pub const RESOURCE_LIMIT_EXCEEDED: &str = "SageMaker.ResourceLimitExceededException";
    /// `SageMaker.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "SageMaker.ResourceNotFoundException";
}

/// `aws-sdk:sagemakera2iruntime` errors.
pub mod sagemakera2iruntime {
    /// `SageMakerA2IRuntime.ConflictException`
    pub const CONFLICT: &str = "SageMakerA2IRuntime.ConflictException";
    /// `SageMakerA2IRuntime.InternalServerException`
    pub const INTERNAL_SERVER: &str = "SageMakerA2IRuntime.InternalServerException";
    /// `SageMakerA2IRuntime.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "SageMakerA2IRuntime.ResourceNotFoundException";
    /// `SageMakerA2IRuntime.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "SageMakerA2IRuntime.ServiceQuotaExceededException";
    /// `SageMakerA2IRuntime.ThrottlingException`
    pub const THROTTLING: &str = "SageMakerA2IRuntime.ThrottlingException";
    /// `SageMakerA2IRuntime.ValidationException`
    pub const VALIDATION: &str = "SageMakerA2IRuntime.ValidationException";
}

/// `aws-sdk:sagemakeredge` errors.
pub mod sagemakeredge {
    /// `SagemakerEdge.InternalServiceException`
    pub const INTERNAL_SERVICE: &str = "SagemakerEdge.InternalServiceException";
}

/// `aws-sdk:sagemakerfeaturestoreruntime` errors.
pub mod sagemakerfeaturestoreruntime {
    /// `SageMakerFeatureStoreRuntime.AccessForbiddenException`
    pub const ACCESS_FORBIDDEN: &str = "SageMakerFeatureStoreRuntime.AccessForbiddenException";
    /// `SageMakerFeatureStoreRuntime.ConflictException`
    pub const CONFLICT: &str = "SageMakerFeatureStoreRuntime.ConflictException";
    /// `SageMakerFeatureStoreRuntime.InternalFailureException`
    pub const INTERNAL_FAILURE: &str = "SageMakerFeatureStoreRuntime.InternalFailureException";
    /// `SageMakerFeatureStoreRuntime.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "SageMakerFeatureStoreRuntime.ResourceNotFoundException";
    /// `SageMakerFeatureStoreRuntime.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "SageMakerFeatureStoreRuntime.ServiceUnavailableException";
    /// `SageMakerFeatureStoreRuntime.ValidationErrorException`
    pub const VALIDATION_ERROR: &str = "SageMakerFeatureStoreRuntime.ValidationErrorException";
}

/// `aws-sdk:sagemakergatewayruntime` errors.
pub mod sagemakergatewayruntime {
    /// `SageMakerGatewayRuntime.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "SageMakerGatewayRuntime.AccessDeniedException";
    /// `SageMakerGatewayRuntime.BadGatewayException`
    pub const BAD_GATEWAY: &str = "SageMakerGatewayRuntime.BadGatewayException";
    /// `SageMakerGatewayRuntime.GatewayTimeoutException`
    pub const GATEWAY_TIMEOUT: &str = "SageMakerGatewayRuntime.GatewayTimeoutException";
    /// `SageMakerGatewayRuntime.InternalServerException`
    pub const INTERNAL_SERVER: &str = "SageMakerGatewayRuntime.InternalServerException";
    /// `SageMakerGatewayRuntime.InternalStreamFailureException`
    pub const INTERNAL_STREAM_FAILURE: &str = "SageMakerGatewayRuntime.InternalStreamFailureException";
    /// `SageMakerGatewayRuntime.ModelStreamErrorException`
    pub const MODEL_STREAM_ERROR: &str = "SageMakerGatewayRuntime.ModelStreamErrorException";
    /// `SageMakerGatewayRuntime.PayloadTooLargeException`
    pub const PAYLOAD_TOO_LARGE: &str = "SageMakerGatewayRuntime.PayloadTooLargeException";
    /// `SageMakerGatewayRuntime.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "SageMakerGatewayRuntime.ResourceNotFoundException";
    /// `SageMakerGatewayRuntime.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "SageMakerGatewayRuntime.ServiceUnavailableException";
    /// `SageMakerGatewayRuntime.ThrottlingException`
    pub const THROTTLING: &str = "SageMakerGatewayRuntime.ThrottlingException";
}

/// `aws-sdk:sagemakergeospatial` errors.
pub mod sagemakergeospatial {
    /// `SageMakerGeospatial.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "SageMakerGeospatial.AccessDeniedException";
    /// `SageMakerGeospatial.ConflictException`
    pub const CONFLICT: &str = "SageMakerGeospatial.ConflictException";
    /// `SageMakerGeospatial.InternalServerException`
    pub const INTERNAL_SERVER: &str = "SageMakerGeospatial.InternalServerException";
    /// `SageMakerGeospatial.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "SageMakerGeospatial.ResourceNotFoundException";
    /// `SageMakerGeospatial.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "SageMakerGeospatial.ServiceQuotaExceededException";
    /// `SageMakerGeospatial.ThrottlingException`
    pub const THROTTLING: &str = "SageMakerGeospatial.ThrottlingException";
    /// `SageMakerGeospatial.ValidationException`
    pub const VALIDATION: &str = "SageMakerGeospatial.ValidationException";
}

/// `aws-sdk:sagemakerinferencerouterruntime` errors.
pub mod sagemakerinferencerouterruntime {
    /// `SageMakerInferenceRouterRuntime.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "SageMakerInferenceRouterRuntime.AccessDeniedException";
    /// `SageMakerInferenceRouterRuntime.InternalDependencyException`
    pub const INTERNAL_DEPENDENCY: &str = "SageMakerInferenceRouterRuntime.InternalDependencyException";
    /// `SageMakerInferenceRouterRuntime.InternalFailureException`
    pub const INTERNAL_FAILURE: &str = "SageMakerInferenceRouterRuntime.InternalFailureException";
    /// `SageMakerInferenceRouterRuntime.ModelErrorException`
    pub const MODEL_ERROR: &str = "SageMakerInferenceRouterRuntime.ModelErrorException";
    /// `SageMakerInferenceRouterRuntime.ModelNotReadyException`
    pub const MODEL_NOT_READY: &str = "SageMakerInferenceRouterRuntime.ModelNotReadyException";
    /// `SageMakerInferenceRouterRuntime.RequestTimeoutException`
    pub const REQUEST_TIMEOUT: &str = "SageMakerInferenceRouterRuntime.RequestTimeoutException";
    /// `SageMakerInferenceRouterRuntime.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "SageMakerInferenceRouterRuntime.ServiceUnavailableException";
    /// `SageMakerInferenceRouterRuntime.ThrottlingException`
    pub const THROTTLING: &str = "SageMakerInferenceRouterRuntime.ThrottlingException";
    /// `SageMakerInferenceRouterRuntime.ValidationException`
    pub const VALIDATION: &str = "SageMakerInferenceRouterRuntime.ValidationException";
}

/// `aws-sdk:sagemakerjobruntime` errors.
pub mod sagemakerjobruntime {
    /// `SagemakerJobRuntime.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "SagemakerJobRuntime.AccessDeniedException";
    /// `SagemakerJobRuntime.ConflictException`
    pub const CONFLICT: &str = "SagemakerJobRuntime.ConflictException";
    /// `SagemakerJobRuntime.InternalServiceErrorException`
    pub const INTERNAL_SERVICE_ERROR: &str = "SagemakerJobRuntime.InternalServiceErrorException";
    /// `SagemakerJobRuntime.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "SagemakerJobRuntime.ResourceNotFoundException";
    /// `SagemakerJobRuntime.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "SagemakerJobRuntime.ServiceQuotaExceededException";
    /// `SagemakerJobRuntime.ThrottlingException`
    pub const THROTTLING: &str = "SagemakerJobRuntime.ThrottlingException";
    /// `SagemakerJobRuntime.ValidationException`
    pub const VALIDATION: &str = "SagemakerJobRuntime.ValidationException";
}

/// `aws-sdk:sagemakerruntime` errors.
pub mod sagemakerruntime {
    /// `SageMakerRuntime.InternalDependencyException`
    pub const INTERNAL_DEPENDENCY: &str = "SageMakerRuntime.InternalDependencyException";
    /// `SageMakerRuntime.InternalFailureException`
    pub const INTERNAL_FAILURE: &str = "SageMakerRuntime.InternalFailureException";
    /// `SageMakerRuntime.InternalStreamFailureException`
    pub const INTERNAL_STREAM_FAILURE: &str = "SageMakerRuntime.InternalStreamFailureException";
    /// `SageMakerRuntime.ModelErrorException`
    pub const MODEL_ERROR: &str = "SageMakerRuntime.ModelErrorException";
    /// `SageMakerRuntime.ModelNotReadyException`
    pub const MODEL_NOT_READY: &str = "SageMakerRuntime.ModelNotReadyException";
    /// `SageMakerRuntime.ModelStreamErrorException`
    pub const MODEL_STREAM_ERROR: &str = "SageMakerRuntime.ModelStreamErrorException";
    /// `SageMakerRuntime.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "SageMakerRuntime.ServiceUnavailableException";
    /// `SageMakerRuntime.ValidationErrorException`
    pub const VALIDATION_ERROR: &str = "SageMakerRuntime.ValidationErrorException";
}

/// `aws-sdk:sagemakertrainingsessionruntime` errors.
pub mod sagemakertrainingsessionruntime {
    /// `SageMakerTrainingSessionRuntime.ConflictException`
    pub const CONFLICT: &str = "SageMakerTrainingSessionRuntime.ConflictException";
    /// `SageMakerTrainingSessionRuntime.InternalServerException`
    pub const INTERNAL_SERVER: &str = "SageMakerTrainingSessionRuntime.InternalServerException";
    /// `SageMakerTrainingSessionRuntime.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "SageMakerTrainingSessionRuntime.ResourceNotFoundException";
    /// `SageMakerTrainingSessionRuntime.ThrottlingException`
    pub const THROTTLING: &str = "SageMakerTrainingSessionRuntime.ThrottlingException";
    /// `SageMakerTrainingSessionRuntime.ValidationException`
    pub const VALIDATION: &str = "SageMakerTrainingSessionRuntime.ValidationException";
}

/// `aws-sdk:savingsplans` errors.
pub mod savingsplans {
    /// `Savingsplans.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Savingsplans.InternalServerException";
    /// `Savingsplans.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Savingsplans.ResourceNotFoundException";
    /// `Savingsplans.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Savingsplans.ServiceQuotaExceededException";
    /// `Savingsplans.ValidationException`
    pub const VALIDATION: &str = "Savingsplans.ValidationException";
}

/// `aws-sdk:scheduler` errors.
pub mod scheduler {
    /// `Scheduler.ConflictException`
    pub const CONFLICT: &str = "Scheduler.ConflictException";
    /// `Scheduler.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Scheduler.InternalServerException";
    /// `Scheduler.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Scheduler.ResourceNotFoundException";
    /// `Scheduler.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Scheduler.ServiceQuotaExceededException";
    /// `Scheduler.ThrottlingException`
    pub const THROTTLING: &str = "Scheduler.ThrottlingException";
    /// `Scheduler.ValidationException`
    pub const VALIDATION: &str = "Scheduler.ValidationException";
}

/// `aws-sdk:schemas` errors.
pub mod schemas {
    /// `Schemas.BadRequestException`
    pub const BAD_REQUEST: &str = "Schemas.BadRequestException";
    /// `Schemas.ConflictException`
    pub const CONFLICT: &str = "Schemas.ConflictException";
    /// `Schemas.ForbiddenException`
    pub const FORBIDDEN: &str = "Schemas.ForbiddenException";
    /// `Schemas.GoneException`
    pub const GONE: &str = "Schemas.GoneException";
    /// `Schemas.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "Schemas.InternalServerErrorException";
    /// `Schemas.NotFoundException`
    pub const NOT_FOUND: &str = "Schemas.NotFoundException";
    /// `Schemas.PreconditionFailedException`
    pub const PRECONDITION_FAILED: &str = "Schemas.PreconditionFailedException";
    /// `Schemas.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "Schemas.ServiceUnavailableException";
    /// `Schemas.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "Schemas.TooManyRequestsException";
    /// `Schemas.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "Schemas.UnauthorizedException";
}

/// `aws-sdk:secretsmanager` errors.
pub mod secretsmanager {
    /// `SecretsManager.DecryptionFailureException`
    pub const DECRYPTION_FAILURE: &str = "SecretsManager.DecryptionFailureException";
    /// `SecretsManager.EncryptionFailureException`
    pub const ENCRYPTION_FAILURE: &str = "SecretsManager.EncryptionFailureException";
    /// `SecretsManager.InternalServiceErrorException`
    pub const INTERNAL_SERVICE_ERROR: &str = "SecretsManager.InternalServiceErrorException";
    /// `SecretsManager.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "SecretsManager.InvalidNextTokenException";
    /// `SecretsManager.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "SecretsManager.InvalidParameterException";
    /// `SecretsManager.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "SecretsManager.InvalidRequestException";
    /// `SecretsManager.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "SecretsManager.LimitExceededException";
    /// `SecretsManager.MalformedPolicyDocumentException`
    pub const MALFORMED_POLICY_DOCUMENT: &str = "SecretsManager.MalformedPolicyDocumentException";
    /// `SecretsManager.PreconditionNotMetException`
    pub const PRECONDITION_NOT_MET: &str = "SecretsManager.PreconditionNotMetException";
    /// `SecretsManager.PublicPolicyException`
    pub const PUBLIC_POLICY: &str = "SecretsManager.PublicPolicyException";
    /// `SecretsManager.ResourceExistsException`
    pub const RESOURCE_EXISTS: &str = "SecretsManager.ResourceExistsException";
    /// `SecretsManager.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "SecretsManager.ResourceNotFoundException";
}

/// `aws-sdk:securityagent` errors.
pub mod securityagent {
    /// `SecurityAgent.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "SecurityAgent.AccessDeniedException";
    /// `SecurityAgent.ConflictException`
    pub const CONFLICT: &str = "SecurityAgent.ConflictException";
    /// `SecurityAgent.InternalServerException`
    pub const INTERNAL_SERVER: &str = "SecurityAgent.InternalServerException";
    /// `SecurityAgent.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "SecurityAgent.ResourceNotFoundException";
    /// `SecurityAgent.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "SecurityAgent.ServiceQuotaExceededException";
    /// `SecurityAgent.ThrottlingException`
    pub const THROTTLING: &str = "SecurityAgent.ThrottlingException";
    /// `SecurityAgent.ValidationException`
    pub const VALIDATION: &str = "SecurityAgent.ValidationException";
}

/// `aws-sdk:securityhub` errors.
pub mod securityhub {
    /// `SecurityHub.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "SecurityHub.AccessDeniedException";
    /// `SecurityHub.ConflictException`
    pub const CONFLICT: &str = "SecurityHub.ConflictException";
    /// `SecurityHub.InternalException`
    pub const INTERNAL: &str = "SecurityHub.InternalException";
    /// `SecurityHub.InternalServerException`
    pub const INTERNAL_SERVER: &str = "SecurityHub.InternalServerException";
    /// `SecurityHub.InvalidAccessException`
    pub const INVALID_ACCESS: &str = "SecurityHub.InvalidAccessException";
    /// `SecurityHub.InvalidInputException`
    pub const INVALID_INPUT: &str = "SecurityHub.InvalidInputException";
    /// `SecurityHub.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "SecurityHub.LimitExceededException";
    /// `SecurityHub.OrganizationNotFoundException`
    pub const ORGANIZATION_NOT_FOUND: &str = "SecurityHub.OrganizationNotFoundException";
    /// `SecurityHub.OrganizationalUnitNotFoundException`
    pub const ORGANIZATIONAL_UNIT_NOT_FOUND: &str = "SecurityHub.OrganizationalUnitNotFoundException";
    /// `SecurityHub.ResourceConflictException`
    pub const RESOURCE_CONFLICT: &str = "SecurityHub.ResourceConflictException";
    /// `SecurityHub.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "SecurityHub.ResourceInUseException";
    /// `SecurityHub.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "SecurityHub.ResourceNotFoundException";
    /// `SecurityHub.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "SecurityHub.ServiceQuotaExceededException";
    /// `SecurityHub.ThrottlingException`
    pub const THROTTLING: &str = "SecurityHub.ThrottlingException";
    /// `SecurityHub.ValidationException`
    pub const VALIDATION: &str = "SecurityHub.ValidationException";
}

/// `aws-sdk:securityir` errors.
pub mod securityir {
    /// `SecurityIr.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "SecurityIr.AccessDeniedException";
    /// `SecurityIr.ConflictException`
    pub const CONFLICT: &str = "SecurityIr.ConflictException";
    /// `SecurityIr.InternalServerException`
    pub const INTERNAL_SERVER: &str = "SecurityIr.InternalServerException";
    /// `SecurityIr.InvalidTokenException`
    pub const INVALID_TOKEN: &str = "SecurityIr.InvalidTokenException";
    /// `SecurityIr.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "SecurityIr.ResourceNotFoundException";
    /// `SecurityIr.SecurityIncidentResponseNotActiveException`
    pub const SECURITY_INCIDENT_RESPONSE_NOT_ACTIVE: &str = "SecurityIr.SecurityIncidentResponseNotActiveException";
    /// `SecurityIr.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "SecurityIr.ServiceQuotaExceededException";
    /// `SecurityIr.ThrottlingException`
    pub const THROTTLING: &str = "SecurityIr.ThrottlingException";
    /// `SecurityIr.ValidationException`
    pub const VALIDATION: &str = "SecurityIr.ValidationException";
}

/// `aws-sdk:securitylake` errors.
pub mod securitylake {
    /// `SecurityLake.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "SecurityLake.AccessDeniedException";
    /// `SecurityLake.BadRequestException`
    pub const BAD_REQUEST: &str = "SecurityLake.BadRequestException";
    /// `SecurityLake.ConflictException`
    pub const CONFLICT: &str = "SecurityLake.ConflictException";
    /// `SecurityLake.InternalServerException`
    pub const INTERNAL_SERVER: &str = "SecurityLake.InternalServerException";
    /// `SecurityLake.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "SecurityLake.ResourceNotFoundException";
    /// `SecurityLake.ThrottlingException`
    pub const THROTTLING: &str = "SecurityLake.ThrottlingException";
}

/// `aws-sdk:serverlessapplicationrepository` errors.
pub mod serverlessapplicationrepository {
    /// `ServerlessApplicationRepository.BadRequestException`
    pub const BAD_REQUEST: &str = "ServerlessApplicationRepository.BadRequestException";
    /// `ServerlessApplicationRepository.ConflictException`
    pub const CONFLICT: &str = "ServerlessApplicationRepository.ConflictException";
    /// `ServerlessApplicationRepository.ForbiddenException`
    pub const FORBIDDEN: &str = "ServerlessApplicationRepository.ForbiddenException";
    /// `ServerlessApplicationRepository.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "ServerlessApplicationRepository.InternalServerErrorException";
    /// `ServerlessApplicationRepository.NotFoundException`
    pub const NOT_FOUND: &str = "ServerlessApplicationRepository.NotFoundException";
    /// `ServerlessApplicationRepository.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "ServerlessApplicationRepository.TooManyRequestsException";
}

/// `aws-sdk:servicecatalog` errors.
pub mod servicecatalog {
    /// `ServiceCatalog.DuplicateResourceException`
    pub const DUPLICATE_RESOURCE: &str = "ServiceCatalog.DuplicateResourceException";
    /// `ServiceCatalog.InvalidParametersException`
    pub const INVALID_PARAMETERS: &str = "ServiceCatalog.InvalidParametersException";
    /// `ServiceCatalog.InvalidStateException`
    pub const INVALID_STATE: &str = "ServiceCatalog.InvalidStateException";
    /// `ServiceCatalog.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "ServiceCatalog.LimitExceededException";
    /// `ServiceCatalog.OperationNotSupportedException`
    pub const OPERATION_NOT_SUPPORTED: &str = "ServiceCatalog.OperationNotSupportedException";
    /// `ServiceCatalog.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "ServiceCatalog.ResourceInUseException";
    /// `ServiceCatalog.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ServiceCatalog.ResourceNotFoundException";
    /// `ServiceCatalog.TagOptionNotMigratedException`
    pub const TAG_OPTION_NOT_MIGRATED: &str = "ServiceCatalog.TagOptionNotMigratedException";
}

/// `aws-sdk:servicecatalogappregistry` errors.
pub mod servicecatalogappregistry {
    /// `ServiceCatalogAppRegistry.ConflictException`
    pub const CONFLICT: &str = "ServiceCatalogAppRegistry.ConflictException";
    /// `ServiceCatalogAppRegistry.InternalServerException`
    pub const INTERNAL_SERVER: &str = "ServiceCatalogAppRegistry.InternalServerException";
    /// `ServiceCatalogAppRegistry.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ServiceCatalogAppRegistry.ResourceNotFoundException";
    /// `ServiceCatalogAppRegistry.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "ServiceCatalogAppRegistry.ServiceQuotaExceededException";
    /// `ServiceCatalogAppRegistry.ThrottlingException`
    pub const THROTTLING: &str = "ServiceCatalogAppRegistry.ThrottlingException";
    /// `ServiceCatalogAppRegistry.ValidationException`
    pub const VALIDATION: &str = "ServiceCatalogAppRegistry.ValidationException";
}

/// `aws-sdk:servicediscovery` errors.
pub mod servicediscovery {
    /// `ServiceDiscovery.CustomHealthNotFoundException`
    pub const CUSTOM_HEALTH_NOT_FOUND: &str = "ServiceDiscovery.CustomHealthNotFoundException";
    /// `ServiceDiscovery.DuplicateRequestException`
    pub const DUPLICATE_REQUEST: &str = "ServiceDiscovery.DuplicateRequestException";
    /// `ServiceDiscovery.InstanceNotFoundException`
    pub const INSTANCE_NOT_FOUND: &str = "ServiceDiscovery.InstanceNotFoundException";
    /// `ServiceDiscovery.InvalidInputException`
    pub const INVALID_INPUT: &str = "ServiceDiscovery.InvalidInputException";
    /// `ServiceDiscovery.NamespaceAlreadyExistsException`
    pub const NAMESPACE_ALREADY_EXISTS: &str = "ServiceDiscovery.NamespaceAlreadyExistsException";
    /// `ServiceDiscovery.NamespaceNotFoundException`
    pub const NAMESPACE_NOT_FOUND: &str = "ServiceDiscovery.NamespaceNotFoundException";
    /// `ServiceDiscovery.OperationNotFoundException`
    pub const OPERATION_NOT_FOUND: &str = "ServiceDiscovery.OperationNotFoundException";
    /// `ServiceDiscovery.RequestLimitExceededException`
    pub const REQUEST_LIMIT_EXCEEDED: &str = "ServiceDiscovery.RequestLimitExceededException";
    /// `ServiceDiscovery.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "ServiceDiscovery.ResourceInUseException";
    /// `ServiceDiscovery.ResourceLimitExceededException`
    pub const RESOURCE_LIMIT_EXCEEDED: &str = "ServiceDiscovery.ResourceLimitExceededException";
    /// `ServiceDiscovery.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "ServiceDiscovery.ResourceNotFoundException";
    /// `ServiceDiscovery.ServiceAlreadyExistsException`
    pub const SERVICE_ALREADY_EXISTS: &str = "ServiceDiscovery.ServiceAlreadyExistsException";
    /// `ServiceDiscovery.ServiceAttributesLimitExceededException`
    pub const SERVICE_ATTRIBUTES_LIMIT_EXCEEDED: &str = "ServiceDiscovery.ServiceAttributesLimitExceededException";
    /// `ServiceDiscovery.ServiceNotFoundException`
    pub const SERVICE_NOT_FOUND: &str = "ServiceDiscovery.ServiceNotFoundException";
    /// `ServiceDiscovery.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "ServiceDiscovery.TooManyTagsException";
}

/// `aws-sdk:servicequotas` errors.
pub mod servicequotas {
    /// `ServiceQuotas.AWSServiceAccessNotEnabledException`
    pub const AWS_SERVICE_ACCESS_NOT_ENABLED: &str = "ServiceQuotas.AWSServiceAccessNotEnabledException";
    /// `ServiceQuotas.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "ServiceQuotas.AccessDeniedException";
    /// `ServiceQuotas.DependencyAccessDeniedException`
    pub const DEPENDENCY_ACCESS_DENIED: &str = "ServiceQuotas.DependencyAccessDeniedException";
    /// `ServiceQuotas.IllegalArgumentException`
    pub const ILLEGAL_ARGUMENT: &str = "ServiceQuotas.IllegalArgumentException";
    /// `ServiceQuotas.InvalidPaginationTokenException`
    pub const INVALID_PAGINATION_TOKEN: &str = "ServiceQuotas.InvalidPaginationTokenException";
    /// `ServiceQuotas.InvalidResourceStateException`
    pub const INVALID_RESOURCE_STATE: &str = "ServiceQuotas.InvalidResourceStateException";
    /// `ServiceQuotas.NoAvailableOrganizationException`
    pub const NO_AVAILABLE_ORGANIZATION: &str = "ServiceQuotas.NoAvailableOrganizationException";
    /// `ServiceQuotas.NoSuchResourceException`
    pub const NO_SUCH_RESOURCE: &str = "ServiceQuotas.NoSuchResourceException";
    /// `ServiceQuotas.OrganizationNotInAllFeaturesModeException`
    pub const ORGANIZATION_NOT_IN_ALL_FEATURES_MODE: &str = "ServiceQuotas.OrganizationNotInAllFeaturesModeException";
    /// `ServiceQuotas.QuotaExceededException`
    pub const QUOTA_EXCEEDED: &str = "ServiceQuotas.QuotaExceededException";
    /// `ServiceQuotas.ResourceAlreadyExistsException`
    pub const RESOURCE_ALREADY_EXISTS: &str = "ServiceQuotas.ResourceAlreadyExistsException";
    /// `ServiceQuotas.ServiceException`
    pub const SERVICE: &str = "ServiceQuotas.ServiceException";
    /// `ServiceQuotas.ServiceQuotaTemplateNotInUseException`
    pub const SERVICE_QUOTA_TEMPLATE_NOT_IN_USE: &str = "ServiceQuotas.ServiceQuotaTemplateNotInUseException";
    /// `ServiceQuotas.TagPolicyViolationException`
    pub const TAG_POLICY_VIOLATION: &str = "ServiceQuotas.TagPolicyViolationException";
    /// `ServiceQuotas.TemplatesNotAvailableInRegionException`
    pub const TEMPLATES_NOT_AVAILABLE_IN_REGION: &str = "ServiceQuotas.TemplatesNotAvailableInRegionException";
    /// `ServiceQuotas.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "ServiceQuotas.TooManyRequestsException";
    /// `ServiceQuotas.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "ServiceQuotas.TooManyTagsException";
}

/// `aws-sdk:ses` errors.
pub mod ses {
    /// `Ses.AccountSendingPausedException`
    pub const ACCOUNT_SENDING_PAUSED: &str = "Ses.AccountSendingPausedException";
    /// `Ses.AlreadyExistsException`
    pub const ALREADY_EXISTS: &str = "Ses.AlreadyExistsException";
    /// `Ses.CannotDeleteException`
    pub const CANNOT_DELETE: &str = "Ses.CannotDeleteException";
    /// `Ses.ConfigurationSetAlreadyExistsException`
    pub const CONFIGURATION_SET_ALREADY_EXISTS: &str = "Ses.ConfigurationSetAlreadyExistsException";
    /// `Ses.ConfigurationSetDoesNotExistException`
    pub const CONFIGURATION_SET_DOES_NOT_EXIST: &str = "Ses.ConfigurationSetDoesNotExistException";
    /// `Ses.ConfigurationSetSendingPausedException`
    pub const CONFIGURATION_SET_SENDING_PAUSED: &str = "Ses.ConfigurationSetSendingPausedException";
    /// `Ses.CustomVerificationEmailInvalidContentException`
    pub const CUSTOM_VERIFICATION_EMAIL_INVALID_CONTENT: &str = "Ses.CustomVerificationEmailInvalidContentException";
    /// `Ses.CustomVerificationEmailTemplateAlreadyExistsException`
    pub const CUSTOM_VERIFICATION_EMAIL_TEMPLATE_ALREADY_EXISTS: &str = "Ses.CustomVerificationEmailTemplateAlreadyExistsException";
    /// `Ses.CustomVerificationEmailTemplateDoesNotExistException`
    pub const CUSTOM_VERIFICATION_EMAIL_TEMPLATE_DOES_NOT_EXIST: &str = "Ses.CustomVerificationEmailTemplateDoesNotExistException";
    /// `Ses.EventDestinationAlreadyExistsException`
    pub const EVENT_DESTINATION_ALREADY_EXISTS: &str = "Ses.EventDestinationAlreadyExistsException";
    /// `Ses.EventDestinationDoesNotExistException`
    pub const EVENT_DESTINATION_DOES_NOT_EXIST: &str = "Ses.EventDestinationDoesNotExistException";
    /// `Ses.FromEmailAddressNotVerifiedException`
    pub const FROM_EMAIL_ADDRESS_NOT_VERIFIED: &str = "Ses.FromEmailAddressNotVerifiedException";
    /// `Ses.InvalidCloudWatchDestinationException`
    pub const INVALID_CLOUD_WATCH_DESTINATION: &str = "Ses.InvalidCloudWatchDestinationException";
    /// `Ses.InvalidConfigurationSetException`
    pub const INVALID_CONFIGURATION_SET: &str = "Ses.InvalidConfigurationSetException";
    /// `Ses.InvalidDeliveryOptionsException`
    pub const INVALID_DELIVERY_OPTIONS: &str = "Ses.InvalidDeliveryOptionsException";
    /// `Ses.InvalidFirehoseDestinationException`
    pub const INVALID_FIREHOSE_DESTINATION: &str = "Ses.InvalidFirehoseDestinationException";
    /// `Ses.InvalidLambdaFunctionException`
    pub const INVALID_LAMBDA_FUNCTION: &str = "Ses.InvalidLambdaFunctionException";
    /// `Ses.InvalidPolicyException`
    pub const INVALID_POLICY: &str = "Ses.InvalidPolicyException";
    /// `Ses.InvalidRenderingParameterException`
    pub const INVALID_RENDERING_PARAMETER: &str = "Ses.InvalidRenderingParameterException";
    /// `Ses.InvalidS3ConfigurationException`
    pub const INVALID_S3_CONFIGURATION: &str = "Ses.InvalidS3ConfigurationException";
    /// `Ses.InvalidSNSDestinationException`
    pub const INVALID_SNS_DESTINATION: &str = "Ses.InvalidSNSDestinationException";
    /// `Ses.InvalidSnsTopicException`
    pub const INVALID_SNS_TOPIC: &str = "Ses.InvalidSnsTopicException";
    /// `Ses.InvalidTemplateException`
    pub const INVALID_TEMPLATE: &str = "Ses.InvalidTemplateException";
    /// `Ses.InvalidTrackingOptionsException`
    pub const INVALID_TRACKING_OPTIONS: &str = "Ses.InvalidTrackingOptionsException";
    /// `Ses.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Ses.LimitExceededException";
    /// `Ses.MailFromDomainNotVerifiedException`
    pub const MAIL_FROM_DOMAIN_NOT_VERIFIED: &str = "Ses.MailFromDomainNotVerifiedException";
    /// `Ses.MessageRejectedException`
    pub const MESSAGE_REJECTED: &str = "Ses.MessageRejectedException";
    /// `Ses.MissingRenderingAttributeException`
    pub const MISSING_RENDERING_ATTRIBUTE: &str = "Ses.MissingRenderingAttributeException";
    /// `Ses.ProductionAccessNotGrantedException`
    pub const PRODUCTION_ACCESS_NOT_GRANTED: &str = "Ses.ProductionAccessNotGrantedException";
    /// `Ses.RuleDoesNotExistException`
    pub const RULE_DOES_NOT_EXIST: &str = "Ses.RuleDoesNotExistException";
    /// `Ses.RuleSetDoesNotExistException`
    pub const RULE_SET_DOES_NOT_EXIST: &str = "Ses.RuleSetDoesNotExistException";
    /// `Ses.TemplateDoesNotExistException`
    pub const TEMPLATE_DOES_NOT_EXIST: &str = "Ses.TemplateDoesNotExistException";
    /// `Ses.TrackingOptionsAlreadyExistsException`
    pub const TRACKING_OPTIONS_ALREADY_EXISTS: &str = "Ses.TrackingOptionsAlreadyExistsException";
    /// `Ses.TrackingOptionsDoesNotExistException`
    pub const TRACKING_OPTIONS_DOES_NOT_EXIST: &str = "Ses.TrackingOptionsDoesNotExistException";
}

/// `aws-sdk:sesv2` errors.
pub mod sesv2 {
    /// `SesV2.AccountSuspendedException`
    pub const ACCOUNT_SUSPENDED: &str = "SesV2.AccountSuspendedException";
    /// `SesV2.AlreadyExistsException`
    pub const ALREADY_EXISTS: &str = "SesV2.AlreadyExistsException";
    /// `SesV2.BadRequestException`
    pub const BAD_REQUEST: &str = "SesV2.BadRequestException";
    /// `SesV2.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "SesV2.ConcurrentModificationException";
    /// `SesV2.ConflictException`
    pub const CONFLICT: &str = "SesV2.ConflictException";
    /// `SesV2.InternalServiceErrorException`
    pub const INTERNAL_SERVICE_ERROR: &str = "SesV2.InternalServiceErrorException";
    /// `SesV2.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "SesV2.InvalidNextTokenException";
    /// `SesV2.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "SesV2.LimitExceededException";
    /// `SesV2.MailFromDomainNotVerifiedException`
    pub const MAIL_FROM_DOMAIN_NOT_VERIFIED: &str = "SesV2.MailFromDomainNotVerifiedException";
    /// `SesV2.MessageRejectedException`
    pub const MESSAGE_REJECTED: &str = "SesV2.MessageRejectedException";
    /// `SesV2.NotFoundException`
    pub const NOT_FOUND: &str = "SesV2.NotFoundException";
    /// `SesV2.SendingPausedException`
    pub const SENDING_PAUSED: &str = "SesV2.SendingPausedException";
    /// `SesV2.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "SesV2.TooManyRequestsException";
}

/// `aws-sdk:sfn` errors.
pub mod sfn {
    /// `Sfn.ActivityAlreadyExistsException`
    pub const ACTIVITY_ALREADY_EXISTS: &str = "Sfn.ActivityAlreadyExistsException";
    /// `Sfn.ActivityDoesNotExistException`
    pub const ACTIVITY_DOES_NOT_EXIST: &str = "Sfn.ActivityDoesNotExistException";
    /// `Sfn.ActivityLimitExceededException`
    pub const ACTIVITY_LIMIT_EXCEEDED: &str = "Sfn.ActivityLimitExceededException";
    /// `Sfn.ActivityWorkerLimitExceededException`
    pub const ACTIVITY_WORKER_LIMIT_EXCEEDED: &str = "Sfn.ActivityWorkerLimitExceededException";
    /// `Sfn.ConflictException`
    pub const CONFLICT: &str = "Sfn.ConflictException";
    /// `Sfn.ExecutionAlreadyExistsException`
    pub const EXECUTION_ALREADY_EXISTS: &str = "Sfn.ExecutionAlreadyExistsException";
    /// `Sfn.ExecutionDoesNotExistException`
    pub const EXECUTION_DOES_NOT_EXIST: &str = "Sfn.ExecutionDoesNotExistException";
    /// `Sfn.ExecutionLimitExceededException`
    pub const EXECUTION_LIMIT_EXCEEDED: &str = "Sfn.ExecutionLimitExceededException";
    /// `Sfn.ExecutionNotRedrivableException`
    pub const EXECUTION_NOT_REDRIVABLE: &str = "Sfn.ExecutionNotRedrivableException";
    /// `Sfn.InvalidArnException`
    pub const INVALID_ARN: &str = "Sfn.InvalidArnException";
    /// `Sfn.InvalidDefinitionException`
    pub const INVALID_DEFINITION: &str = "Sfn.InvalidDefinitionException";
    /// `Sfn.InvalidEncryptionConfigurationException`
    pub const INVALID_ENCRYPTION_CONFIGURATION: &str = "Sfn.InvalidEncryptionConfigurationException";
    /// `Sfn.InvalidExecutionInputException`
    pub const INVALID_EXECUTION_INPUT: &str = "Sfn.InvalidExecutionInputException";
    /// `Sfn.InvalidLoggingConfigurationException`
    pub const INVALID_LOGGING_CONFIGURATION: &str = "Sfn.InvalidLoggingConfigurationException";
    /// `Sfn.InvalidNameException`
    pub const INVALID_NAME: &str = "Sfn.InvalidNameException";
    /// `Sfn.InvalidOutputException`
    pub const INVALID_OUTPUT: &str = "Sfn.InvalidOutputException";
    /// `Sfn.InvalidTokenException`
    pub const INVALID_TOKEN: &str = "Sfn.InvalidTokenException";
    /// `Sfn.InvalidTracingConfigurationException`
    pub const INVALID_TRACING_CONFIGURATION: &str = "Sfn.InvalidTracingConfigurationException";
    /// `Sfn.KmsAccessDeniedException`
    pub const KMS_ACCESS_DENIED: &str = "Sfn.KmsAccessDeniedException";
    /// `Sfn.KmsInvalidStateException`
    pub const KMS_INVALID_STATE: &str = "Sfn.KmsInvalidStateException";
    /// `Sfn.KmsThrottlingException`
    pub const KMS_THROTTLING: &str = "Sfn.KmsThrottlingException";
    /// `Sfn.MissingRequiredParameterException`
    pub const MISSING_REQUIRED_PARAMETER: &str = "Sfn.MissingRequiredParameterException";
    /// `Sfn.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Sfn.ResourceNotFoundException";
    /// `Sfn.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Sfn.ServiceQuotaExceededException";
    /// `Sfn.StateMachineAlreadyExistsException`
    pub const STATE_MACHINE_ALREADY_EXISTS: &str = "Sfn.StateMachineAlreadyExistsException";
    /// `Sfn.StateMachineDeletingException`
    pub const STATE_MACHINE_DELETING: &str = "Sfn.StateMachineDeletingException";
    /// `Sfn.StateMachineDoesNotExistException`
    pub const STATE_MACHINE_DOES_NOT_EXIST: &str = "Sfn.StateMachineDoesNotExistException";
    /// `Sfn.StateMachineLimitExceededException`
    pub const STATE_MACHINE_LIMIT_EXCEEDED: &str = "Sfn.StateMachineLimitExceededException";
    /// `Sfn.StateMachineTypeNotSupportedException`
    pub const STATE_MACHINE_TYPE_NOT_SUPPORTED: &str = "Sfn.StateMachineTypeNotSupportedException";
    /// `Sfn.TaskDoesNotExistException`
    pub const TASK_DOES_NOT_EXIST: &str = "Sfn.TaskDoesNotExistException";
    /// `Sfn.TaskTimedOutException`
    pub const TASK_TIMED_OUT: &str = "Sfn.TaskTimedOutException";
    /// `Sfn.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "Sfn.TooManyTagsException";
    /// `Sfn.ValidationException`
    pub const VALIDATION: &str = "Sfn.ValidationException";
}

/// `aws-sdk:shield` errors.
pub mod shield {
    /// `Shield.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Shield.AccessDeniedException";
    /// `Shield.AccessDeniedForDependencyException`
    pub const ACCESS_DENIED_FOR_DEPENDENCY: &str = "Shield.AccessDeniedForDependencyException";
    /// `Shield.InternalErrorException`
    pub const INTERNAL_ERROR: &str = "Shield.InternalErrorException";
    /// `Shield.InvalidOperationException`
    pub const INVALID_OPERATION: &str = "Shield.InvalidOperationException";
    /// `Shield.InvalidPaginationTokenException`
    pub const INVALID_PAGINATION_TOKEN: &str = "Shield.InvalidPaginationTokenException";
    /// `Shield.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "Shield.InvalidParameterException";
    /// `Shield.InvalidResourceException`
    pub const INVALID_RESOURCE: &str = "Shield.InvalidResourceException";
    /// `Shield.LimitsExceededException`
    pub const LIMITS_EXCEEDED: &str = "Shield.LimitsExceededException";
    /// `Shield.LockedSubscriptionException`
    pub const LOCKED_SUBSCRIPTION: &str = "Shield.LockedSubscriptionException";
    /// `Shield.NoAssociatedRoleException`
    pub const NO_ASSOCIATED_ROLE: &str = "Shield.NoAssociatedRoleException";
    /// `Shield.OptimisticLockException`
    pub const OPTIMISTIC_LOCK: &str = "Shield.OptimisticLockException";
    /// `Shield.ResourceAlreadyExistsException`
    pub const RESOURCE_ALREADY_EXISTS: &str = "Shield.ResourceAlreadyExistsException";
    /// `Shield.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Shield.ResourceNotFoundException";
}

/// `aws-sdk:signer` errors.
pub mod signer {
    /// `Signer.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Signer.AccessDeniedException";
    /// `Signer.BadRequestException`
    pub const BAD_REQUEST: &str = "Signer.BadRequestException";
    /// `Signer.ConflictException`
    pub const CONFLICT: &str = "Signer.ConflictException";
    /// `Signer.InternalServiceErrorException`
    pub const INTERNAL_SERVICE_ERROR: &str = "Signer.InternalServiceErrorException";
    /// `Signer.NotFoundException`
    pub const NOT_FOUND: &str = "Signer.NotFoundException";
    /// `Signer.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Signer.ResourceNotFoundException";
    /// `Signer.ServiceLimitExceededException`
    pub const SERVICE_LIMIT_EXCEEDED: &str = "Signer.ServiceLimitExceededException";
    /// `Signer.ThrottlingException`
    pub const THROTTLING: &str = "Signer.ThrottlingException";
    /// `Signer.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "Signer.TooManyRequestsException";
    /// `Signer.ValidationException`
    pub const VALIDATION: &str = "Signer.ValidationException";
}

/// `aws-sdk:signerdata` errors.
pub mod signerdata {
    /// `SignerData.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "SignerData.AccessDeniedException";
    /// `SignerData.InternalServiceErrorException`
    pub const INTERNAL_SERVICE_ERROR: &str = "SignerData.InternalServiceErrorException";
    /// `SignerData.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "SignerData.TooManyRequestsException";
    /// `SignerData.ValidationException`
    pub const VALIDATION: &str = "SignerData.ValidationException";
}

/// `aws-sdk:signin` errors.
pub mod signin {
    /// `Signin.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Signin.AccessDeniedException";
    /// `Signin.ConflictException`
    pub const CONFLICT: &str = "Signin.ConflictException";
    /// `Signin.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Signin.InternalServerException";
    /// `Signin.InvalidGrantException`
    pub const INVALID_GRANT: &str = "Signin.InvalidGrantException";
    /// `Signin.InvalidScopeException`
    pub const INVALID_SCOPE: &str = "Signin.InvalidScopeException";
    /// `Signin.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Signin.ResourceNotFoundException";
    /// `Signin.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Signin.ServiceQuotaExceededException";
    /// `Signin.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "Signin.ServiceUnavailableException";
    /// `Signin.TooManyRequestsErrorException`
    pub const TOO_MANY_REQUESTS_ERROR: &str = "Signin.TooManyRequestsErrorException";
    /// `Signin.ValidationException`
    pub const VALIDATION: &str = "Signin.ValidationException";
}

/// `aws-sdk:simpledb` errors.
pub mod simpledb {
    /// `SimpleDb.AttributeDoesNotExistException`
    pub const ATTRIBUTE_DOES_NOT_EXIST: &str = "SimpleDb.AttributeDoesNotExistException";
    /// `SimpleDb.DuplicateItemNameException`
    pub const DUPLICATE_ITEM_NAME: &str = "SimpleDb.DuplicateItemNameException";
    /// `SimpleDb.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "SimpleDb.InvalidNextTokenException";
    /// `SimpleDb.InvalidNumberPredicatesException`
    pub const INVALID_NUMBER_PREDICATES: &str = "SimpleDb.InvalidNumberPredicatesException";
    /// `SimpleDb.InvalidNumberValueTestsException`
    pub const INVALID_NUMBER_VALUE_TESTS: &str = "SimpleDb.InvalidNumberValueTestsException";
    /// `SimpleDb.InvalidParameterValueException`
    pub const INVALID_PARAMETER_VALUE: &str = "SimpleDb.InvalidParameterValueException";
    /// `SimpleDb.InvalidQueryExpressionException`
    pub const INVALID_QUERY_EXPRESSION: &str = "SimpleDb.InvalidQueryExpressionException";
    /// `SimpleDb.MissingParameterException`
    pub const MISSING_PARAMETER: &str = "SimpleDb.MissingParameterException";
    /// `SimpleDb.NoSuchDomainException`
    pub const NO_SUCH_DOMAIN: &str = "SimpleDb.NoSuchDomainException";
    /// `SimpleDb.NumberDomainAttributesExceededException`
    pub const NUMBER_DOMAIN_ATTRIBUTES_EXCEEDED: &str = "SimpleDb.NumberDomainAttributesExceededException";
    /// `SimpleDb.NumberDomainBytesExceededException`
    pub const NUMBER_DOMAIN_BYTES_EXCEEDED: &str = "SimpleDb.NumberDomainBytesExceededException";
    /// `SimpleDb.NumberDomainsExceededException`
    pub const NUMBER_DOMAINS_EXCEEDED: &str = "SimpleDb.NumberDomainsExceededException";
    /// `SimpleDb.NumberItemAttributesExceededException`
    pub const NUMBER_ITEM_ATTRIBUTES_EXCEEDED: &str = "SimpleDb.NumberItemAttributesExceededException";
    /// `SimpleDb.NumberSubmittedAttributesExceededException`
    pub const NUMBER_SUBMITTED_ATTRIBUTES_EXCEEDED: &str = "SimpleDb.NumberSubmittedAttributesExceededException";
    /// `SimpleDb.NumberSubmittedItemsExceededException`
    pub const NUMBER_SUBMITTED_ITEMS_EXCEEDED: &str = "SimpleDb.NumberSubmittedItemsExceededException";
    /// `SimpleDb.RequestTimeoutException`
    pub const REQUEST_TIMEOUT: &str = "SimpleDb.RequestTimeoutException";
    /// `SimpleDb.TooManyRequestedAttributesException`
    pub const TOO_MANY_REQUESTED_ATTRIBUTES: &str = "SimpleDb.TooManyRequestedAttributesException";
}

/// `aws-sdk:simpledbv2` errors.
pub mod simpledbv2 {
    /// `SimpleDbV2.ConflictException`
    pub const CONFLICT: &str = "SimpleDbV2.ConflictException";
    /// `SimpleDbV2.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "SimpleDbV2.InvalidNextTokenException";
    /// `SimpleDbV2.InvalidParameterCombinationException`
    pub const INVALID_PARAMETER_COMBINATION: &str = "SimpleDbV2.InvalidParameterCombinationException";
    /// `SimpleDbV2.InvalidParameterValueException`
    pub const INVALID_PARAMETER_VALUE: &str = "SimpleDbV2.InvalidParameterValueException";
    /// `SimpleDbV2.NoSuchDomainException`
    pub const NO_SUCH_DOMAIN: &str = "SimpleDbV2.NoSuchDomainException";
    /// `SimpleDbV2.NoSuchExportException`
    pub const NO_SUCH_EXPORT: &str = "SimpleDbV2.NoSuchExportException";
    /// `SimpleDbV2.NumberExportsLimitExceededException`
    pub const NUMBER_EXPORTS_LIMIT_EXCEEDED: &str = "SimpleDbV2.NumberExportsLimitExceededException";
}

/// `aws-sdk:snowball` errors.
pub mod snowball {
    /// `Snowball.ClusterLimitExceededException`
    pub const CLUSTER_LIMIT_EXCEEDED: &str = "Snowball.ClusterLimitExceededException";
    /// `Snowball.ConflictException`
    pub const CONFLICT: &str = "Snowball.ConflictException";
    /// `Snowball.Ec2RequestFailedException`
    pub const EC2_REQUEST_FAILED: &str = "Snowball.Ec2RequestFailedException";
    /// `Snowball.InvalidAddressException`
    pub const INVALID_ADDRESS: &str = "Snowball.InvalidAddressException";
    /// `Snowball.InvalidInputCombinationException`
    pub const INVALID_INPUT_COMBINATION: &str = "Snowball.InvalidInputCombinationException";
    /// `Snowball.InvalidJobStateException`
    pub const INVALID_JOB_STATE: &str = "Snowball.InvalidJobStateException";
    /// `Snowball.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "Snowball.InvalidNextTokenException";
    /// `Snowball.InvalidResourceException`
    pub const INVALID_RESOURCE: &str = "Snowball.InvalidResourceException";
    /// `Snowball.KMSRequestFailedException`
    pub const KMS_REQUEST_FAILED: &str = "Snowball.KMSRequestFailedException";
    /// `Snowball.ReturnShippingLabelAlreadyExistsException`
    pub const RETURN_SHIPPING_LABEL_ALREADY_EXISTS: &str = "Snowball.ReturnShippingLabelAlreadyExistsException";
    /// `Snowball.UnsupportedAddressException`
    pub const UNSUPPORTED_ADDRESS: &str = "Snowball.UnsupportedAddressException";
}

/// `aws-sdk:snowdevicemanagement` errors.
pub mod snowdevicemanagement {
    /// `SnowDeviceManagement.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "SnowDeviceManagement.AccessDeniedException";
    /// `SnowDeviceManagement.InternalServerException`
    pub const INTERNAL_SERVER: &str = "SnowDeviceManagement.InternalServerException";
    /// `SnowDeviceManagement.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "SnowDeviceManagement.ResourceNotFoundException";
    /// `SnowDeviceManagement.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "SnowDeviceManagement.ServiceQuotaExceededException";
    /// `SnowDeviceManagement.ThrottlingException`
    pub const THROTTLING: &str = "SnowDeviceManagement.ThrottlingException";
    /// `SnowDeviceManagement.ValidationException`
    pub const VALIDATION: &str = "SnowDeviceManagement.ValidationException";
}

/// `aws-sdk:sns` errors.
pub mod sns {
    /// `Sns.AuthorizationErrorException`
    pub const AUTHORIZATION_ERROR: &str = "Sns.AuthorizationErrorException";
    /// `Sns.BatchEntryIdsNotDistinctException`
    pub const BATCH_ENTRY_IDS_NOT_DISTINCT: &str = "Sns.BatchEntryIdsNotDistinctException";
    /// `Sns.BatchRequestTooLongException`
    pub const BATCH_REQUEST_TOO_LONG: &str = "Sns.BatchRequestTooLongException";
    /// `Sns.ConcurrentAccessException`
    pub const CONCURRENT_ACCESS: &str = "Sns.ConcurrentAccessException";
    /// `Sns.EmptyBatchRequestException`
    pub const EMPTY_BATCH_REQUEST: &str = "Sns.EmptyBatchRequestException";
    /// `Sns.EndpointDisabledException`
    pub const ENDPOINT_DISABLED: &str = "Sns.EndpointDisabledException";
    /// `Sns.FilterPolicyLimitExceededException`
    pub const FILTER_POLICY_LIMIT_EXCEEDED: &str = "Sns.FilterPolicyLimitExceededException";
    /// `Sns.InternalErrorException`
    pub const INTERNAL_ERROR: &str = "Sns.InternalErrorException";
    /// `Sns.InvalidBatchEntryIdException`
    pub const INVALID_BATCH_ENTRY_ID: &str = "Sns.InvalidBatchEntryIdException";
    /// `Sns.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "Sns.InvalidParameterException";
    /// `Sns.InvalidParameterValueException`
    pub const INVALID_PARAMETER_VALUE: &str = "Sns.InvalidParameterValueException";
    /// `Sns.InvalidSecurityException`
    pub const INVALID_SECURITY: &str = "Sns.InvalidSecurityException";
    /// `Sns.InvalidStateException`
    pub const INVALID_STATE: &str = "Sns.InvalidStateException";
    /// `Sns.KMSAccessDeniedException`
    pub const KMS_ACCESS_DENIED: &str = "Sns.KMSAccessDeniedException";
    /// `Sns.KMSDisabledException`
    pub const KMS_DISABLED: &str = "Sns.KMSDisabledException";
    /// `Sns.KMSInvalidStateException`
    pub const KMS_INVALID_STATE: &str = "Sns.KMSInvalidStateException";
    /// `Sns.KMSNotFoundException`
    pub const KMS_NOT_FOUND: &str = "Sns.KMSNotFoundException";
    /// `Sns.KMSOptInRequiredException`
    pub const KMS_OPT_IN_REQUIRED: &str = "Sns.KMSOptInRequiredException";
    /// `Sns.KMSThrottlingException`
    pub const KMS_THROTTLING: &str = "Sns.KMSThrottlingException";
    /// `Sns.NotFoundException`
    pub const NOT_FOUND: &str = "Sns.NotFoundException";
    /// `Sns.OptedOutException`
    pub const OPTED_OUT: &str = "Sns.OptedOutException";
    /// `Sns.PlatformApplicationDisabledException`
    pub const PLATFORM_APPLICATION_DISABLED: &str = "Sns.PlatformApplicationDisabledException";
    /// `Sns.ReplayLimitExceededException`
    pub const REPLAY_LIMIT_EXCEEDED: &str = "Sns.ReplayLimitExceededException";
    /// `Sns.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Sns.ResourceNotFoundException";
    /// `Sns.StaleTagException`
    pub const STALE_TAG: &str = "Sns.StaleTagException";
    /// `Sns.SubscriptionLimitExceededException`
    pub const SUBSCRIPTION_LIMIT_EXCEEDED: &str = "Sns.SubscriptionLimitExceededException";
    /// `Sns.TagLimitExceededException`
    pub const TAG_LIMIT_EXCEEDED: &str = "Sns.TagLimitExceededException";
    /// `Sns.TagPolicyException`
    pub const TAG_POLICY: &str = "Sns.TagPolicyException";
    /// `Sns.ThrottledException`
    pub const THROTTLED: &str = "Sns.ThrottledException";
    /// `Sns.TooManyEntriesInBatchRequestException`
    pub const TOO_MANY_ENTRIES_IN_BATCH_REQUEST: &str = "Sns.TooManyEntriesInBatchRequestException";
    /// `Sns.TopicLimitExceededException`
    pub const TOPIC_LIMIT_EXCEEDED: &str = "Sns.TopicLimitExceededException";
    /// `Sns.UserErrorException`
    pub const USER_ERROR: &str = "Sns.UserErrorException";
    /// `Sns.ValidationException`
    pub const VALIDATION: &str = "Sns.ValidationException";
    /// `Sns.VerificationException`
    pub const VERIFICATION: &str = "Sns.VerificationException";
}

/// `aws-sdk:socialmessaging` errors.
pub mod socialmessaging {
    /// `SocialMessaging.AccessDeniedByMetaException`
    pub const ACCESS_DENIED_BY_META: &str = "SocialMessaging.AccessDeniedByMetaException";
    /// `SocialMessaging.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "SocialMessaging.AccessDeniedException";
    /// `SocialMessaging.ConflictException`
    pub const CONFLICT: &str = "SocialMessaging.ConflictException";
    /// `SocialMessaging.DependencyException`
    pub const DEPENDENCY: &str = "SocialMessaging.DependencyException";
    /// `SocialMessaging.InternalServiceException`
    pub const INTERNAL_SERVICE: &str = "SocialMessaging.InternalServiceException";
    /// `SocialMessaging.InvalidParametersException`
    pub const INVALID_PARAMETERS: &str = "SocialMessaging.InvalidParametersException";
    /// `SocialMessaging.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "SocialMessaging.LimitExceededException";
    /// `SocialMessaging.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "SocialMessaging.ResourceNotFoundException";
    /// `SocialMessaging.ThrottledRequestException`
    pub const THROTTLED_REQUEST: &str = "SocialMessaging.ThrottledRequestException";
    /// `SocialMessaging.ValidationException`
    pub const VALIDATION: &str = "SocialMessaging.ValidationException";
}

/// `aws-sdk:sqs` errors.
pub mod sqs {
    /// `Sqs.BatchEntryIdsNotDistinctException`
    pub const BATCH_ENTRY_IDS_NOT_DISTINCT: &str = "Sqs.BatchEntryIdsNotDistinctException";
    /// `Sqs.BatchRequestTooLongException`
    pub const BATCH_REQUEST_TOO_LONG: &str = "Sqs.BatchRequestTooLongException";
    /// `Sqs.EmptyBatchRequestException`
    pub const EMPTY_BATCH_REQUEST: &str = "Sqs.EmptyBatchRequestException";
    /// `Sqs.InvalidAddressException`
    pub const INVALID_ADDRESS: &str = "Sqs.InvalidAddressException";
    /// `Sqs.InvalidAttributeNameException`
    pub const INVALID_ATTRIBUTE_NAME: &str = "Sqs.InvalidAttributeNameException";
    /// `Sqs.InvalidAttributeValueException`
    pub const INVALID_ATTRIBUTE_VALUE: &str = "Sqs.InvalidAttributeValueException";
    /// `Sqs.InvalidBatchEntryIdException`
    pub const INVALID_BATCH_ENTRY_ID: &str = "Sqs.InvalidBatchEntryIdException";
    /// `Sqs.InvalidIdFormatException`
    pub const INVALID_ID_FORMAT: &str = "Sqs.InvalidIdFormatException";
    /// `Sqs.InvalidMessageContentsException`
    pub const INVALID_MESSAGE_CONTENTS: &str = "Sqs.InvalidMessageContentsException";
    /// `Sqs.InvalidSecurityException`
    pub const INVALID_SECURITY: &str = "Sqs.InvalidSecurityException";
    /// `Sqs.KmsAccessDeniedException`
    pub const KMS_ACCESS_DENIED: &str = "Sqs.KmsAccessDeniedException";
    /// `Sqs.KmsDisabledException`
    pub const KMS_DISABLED: &str = "Sqs.KmsDisabledException";
    /// `Sqs.KmsInvalidKeyUsageException`
    pub const KMS_INVALID_KEY_USAGE: &str = "Sqs.KmsInvalidKeyUsageException";
    /// `Sqs.KmsInvalidStateException`
    pub const KMS_INVALID_STATE: &str = "Sqs.KmsInvalidStateException";
    /// `Sqs.KmsNotFoundException`
    pub const KMS_NOT_FOUND: &str = "Sqs.KmsNotFoundException";
    /// `Sqs.KmsOptInRequiredException`
    pub const KMS_OPT_IN_REQUIRED: &str = "Sqs.KmsOptInRequiredException";
    /// `Sqs.KmsThrottledException`
    pub const KMS_THROTTLED: &str = "Sqs.KmsThrottledException";
    /// `Sqs.MessageNotInflightException`
    pub const MESSAGE_NOT_INFLIGHT: &str = "Sqs.MessageNotInflightException";
    /// `Sqs.OverLimitException`
    pub const OVER_LIMIT: &str = "Sqs.OverLimitException";
    /// `Sqs.PurgeQueueInProgressException`
    pub const PURGE_QUEUE_IN_PROGRESS: &str = "Sqs.PurgeQueueInProgressException";
    /// `Sqs.QueueDeletedRecentlyException`
    pub const QUEUE_DELETED_RECENTLY: &str = "Sqs.QueueDeletedRecentlyException";
    /// `Sqs.QueueDoesNotExistException`
    pub const QUEUE_DOES_NOT_EXIST: &str = "Sqs.QueueDoesNotExistException";
    /// `Sqs.QueueNameExistsException`
    pub const QUEUE_NAME_EXISTS: &str = "Sqs.QueueNameExistsException";
    /// `Sqs.ReceiptHandleIsInvalidException`
    pub const RECEIPT_HANDLE_IS_INVALID: &str = "Sqs.ReceiptHandleIsInvalidException";
    /// `Sqs.RequestThrottledException`
    pub const REQUEST_THROTTLED: &str = "Sqs.RequestThrottledException";
    /// `Sqs.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Sqs.ResourceNotFoundException";
    /// `Sqs.TooManyEntriesInBatchRequestException`
    pub const TOO_MANY_ENTRIES_IN_BATCH_REQUEST: &str = "Sqs.TooManyEntriesInBatchRequestException";
    /// `Sqs.UnsupportedOperationException`
    pub const UNSUPPORTED_OPERATION: &str = "Sqs.UnsupportedOperationException";
}

/// `aws-sdk:ssm` errors.
pub mod ssm {
    /// `Ssm.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Ssm.AccessDeniedException";
    /// `Ssm.AlreadyExistsException`
    pub const ALREADY_EXISTS: &str = "Ssm.AlreadyExistsException";
    /// `Ssm.AssociatedInstancesException`
    pub const ASSOCIATED_INSTANCES: &str = "Ssm.AssociatedInstancesException";
    /// `Ssm.AssociationAlreadyExistsException`
    pub const ASSOCIATION_ALREADY_EXISTS: &str = "Ssm.AssociationAlreadyExistsException";
    /// `Ssm.AssociationDoesNotExistException`
    pub const ASSOCIATION_DOES_NOT_EXIST: &str = "Ssm.AssociationDoesNotExistException";
    /// `Ssm.AssociationExecutionDoesNotExistException`
    pub const ASSOCIATION_EXECUTION_DOES_NOT_EXIST: &str = "Ssm.AssociationExecutionDoesNotExistException";
    /// `Ssm.AssociationLimitExceededException`
    pub const ASSOCIATION_LIMIT_EXCEEDED: &str = "Ssm.AssociationLimitExceededException";
    /// `Ssm.AssociationVersionLimitExceededException`
    pub const ASSOCIATION_VERSION_LIMIT_EXCEEDED: &str = "Ssm.AssociationVersionLimitExceededException";
    /// `Ssm.AutomationDefinitionNotApprovedException`
    pub const AUTOMATION_DEFINITION_NOT_APPROVED: &str = "Ssm.AutomationDefinitionNotApprovedException";
    /// `Ssm.AutomationDefinitionNotFoundException`
    pub const AUTOMATION_DEFINITION_NOT_FOUND: &str = "Ssm.AutomationDefinitionNotFoundException";
    /// `Ssm.AutomationDefinitionVersionNotFoundException`
    pub const AUTOMATION_DEFINITION_VERSION_NOT_FOUND: &str = "Ssm.AutomationDefinitionVersionNotFoundException";
    /// `Ssm.AutomationExecutionLimitExceededException`
    pub const AUTOMATION_EXECUTION_LIMIT_EXCEEDED: &str = "Ssm.AutomationExecutionLimitExceededException";
    /// `Ssm.AutomationExecutionNotFoundException`
    pub const AUTOMATION_EXECUTION_NOT_FOUND: &str = "Ssm.AutomationExecutionNotFoundException";
    /// `Ssm.AutomationStepNotFoundException`
    pub const AUTOMATION_STEP_NOT_FOUND: &str = "Ssm.AutomationStepNotFoundException";
    /// `Ssm.ComplianceTypeCountLimitExceededException`
    pub const COMPLIANCE_TYPE_COUNT_LIMIT_EXCEEDED: &str = "Ssm.ComplianceTypeCountLimitExceededException";
    /// `Ssm.ConflictException`
    pub const CONFLICT: &str = "Ssm.ConflictException";
    /// `Ssm.CustomSchemaCountLimitExceededException`
    pub const CUSTOM_SCHEMA_COUNT_LIMIT_EXCEEDED: &str = "Ssm.CustomSchemaCountLimitExceededException";
    /// `Ssm.DocumentAlreadyExistsException`
    pub const DOCUMENT_ALREADY_EXISTS: &str = "Ssm.DocumentAlreadyExistsException";
    /// `Ssm.DocumentLimitExceededException`
    pub const DOCUMENT_LIMIT_EXCEEDED: &str = "Ssm.DocumentLimitExceededException";
    /// `Ssm.DocumentPermissionLimitException`
    pub const DOCUMENT_PERMISSION_LIMIT: &str = "Ssm.DocumentPermissionLimitException";
    /// `Ssm.DocumentVersionLimitExceededException`
    pub const DOCUMENT_VERSION_LIMIT_EXCEEDED: &str = "Ssm.DocumentVersionLimitExceededException";
    /// `Ssm.DoesNotExistException`
    pub const DOES_NOT_EXIST: &str = "Ssm.DoesNotExistException";
    /// `Ssm.DuplicateDocumentContentException`
    pub const DUPLICATE_DOCUMENT_CONTENT: &str = "Ssm.DuplicateDocumentContentException";
    /// `Ssm.DuplicateDocumentVersionNameException`
    pub const DUPLICATE_DOCUMENT_VERSION_NAME: &str = "Ssm.DuplicateDocumentVersionNameException";
    /// `Ssm.DuplicateInstanceIdException`
    pub const DUPLICATE_INSTANCE_ID: &str = "Ssm.DuplicateInstanceIdException";
    /// `Ssm.FeatureNotAvailableException`
    pub const FEATURE_NOT_AVAILABLE: &str = "Ssm.FeatureNotAvailableException";
    /// `Ssm.HierarchyLevelLimitExceededException`
    pub const HIERARCHY_LEVEL_LIMIT_EXCEEDED: &str = "Ssm.HierarchyLevelLimitExceededException";
    /// `Ssm.HierarchyTypeMismatchException`
    pub const HIERARCHY_TYPE_MISMATCH: &str = "Ssm.HierarchyTypeMismatchException";
    /// `Ssm.IdempotentParameterMismatchException`
    pub const IDEMPOTENT_PARAMETER_MISMATCH: &str = "Ssm.IdempotentParameterMismatchException";
    /// `Ssm.IncompatiblePolicyException`
    pub const INCOMPATIBLE_POLICY: &str = "Ssm.IncompatiblePolicyException";
    /// `Ssm.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "Ssm.InternalServerErrorException";
    /// `Ssm.InvalidActivationException`
    pub const INVALID_ACTIVATION: &str = "Ssm.InvalidActivationException";
    /// `Ssm.InvalidActivationIdException`
    pub const INVALID_ACTIVATION_ID: &str = "Ssm.InvalidActivationIdException";
    /// `Ssm.InvalidAggregatorException`
    pub const INVALID_AGGREGATOR: &str = "Ssm.InvalidAggregatorException";
    /// `Ssm.InvalidAllowedPatternException`
    pub const INVALID_ALLOWED_PATTERN: &str = "Ssm.InvalidAllowedPatternException";
    /// `Ssm.InvalidAssociationException`
    pub const INVALID_ASSOCIATION: &str = "Ssm.InvalidAssociationException";
    /// `Ssm.InvalidAssociationVersionException`
    pub const INVALID_ASSOCIATION_VERSION: &str = "Ssm.InvalidAssociationVersionException";
    /// `Ssm.InvalidAutomationExecutionParametersException`
    pub const INVALID_AUTOMATION_EXECUTION_PARAMETERS: &str = "Ssm.InvalidAutomationExecutionParametersException";
    /// `Ssm.InvalidAutomationSignalException`
    pub const INVALID_AUTOMATION_SIGNAL: &str = "Ssm.InvalidAutomationSignalException";
    /// `Ssm.InvalidAutomationStatusUpdateException`
    pub const INVALID_AUTOMATION_STATUS_UPDATE: &str = "Ssm.InvalidAutomationStatusUpdateException";
    /// `Ssm.InvalidCommandIdException`
    pub const INVALID_COMMAND_ID: &str = "Ssm.InvalidCommandIdException";
    /// `Ssm.InvalidDeleteInventoryParametersException`
    pub const INVALID_DELETE_INVENTORY_PARAMETERS: &str = "Ssm.InvalidDeleteInventoryParametersException";
    /// `Ssm.InvalidDeletionIdException`
    pub const INVALID_DELETION_ID: &str = "Ssm.InvalidDeletionIdException";
    /// `Ssm.InvalidDocumentContentException`
    pub const INVALID_DOCUMENT_CONTENT: &str = "Ssm.InvalidDocumentContentException";
    /// `Ssm.InvalidDocumentException`
    pub const INVALID_DOCUMENT: &str = "Ssm.InvalidDocumentException";
    /// `Ssm.InvalidDocumentOperationException`
    pub const INVALID_DOCUMENT_OPERATION: &str = "Ssm.InvalidDocumentOperationException";
    /// `Ssm.InvalidDocumentSchemaVersionException`
    pub const INVALID_DOCUMENT_SCHEMA_VERSION: &str = "Ssm.InvalidDocumentSchemaVersionException";
    /// `Ssm.InvalidDocumentTypeException`
    pub const INVALID_DOCUMENT_TYPE: &str = "Ssm.InvalidDocumentTypeException";
    /// `Ssm.InvalidDocumentVersionException`
    pub const INVALID_DOCUMENT_VERSION: &str = "Ssm.InvalidDocumentVersionException";
    /// `Ssm.InvalidFilterException`
    pub const INVALID_FILTER: &str = "Ssm.InvalidFilterException";
    /// `Ssm.InvalidFilterKeyException`
    pub const INVALID_FILTER_KEY: &str = "Ssm.InvalidFilterKeyException";
    /// `Ssm.InvalidFilterOptionException`
    pub const INVALID_FILTER_OPTION: &str = "Ssm.InvalidFilterOptionException";
    /// `Ssm.InvalidFilterValueException`
    pub const INVALID_FILTER_VALUE: &str = "Ssm.InvalidFilterValueException";
    /// `Ssm.InvalidInstanceIdException`
    pub const INVALID_INSTANCE_ID: &str = "Ssm.InvalidInstanceIdException";
    /// `Ssm.InvalidInstanceInformationFilterValueException`
    pub const INVALID_INSTANCE_INFORMATION_FILTER_VALUE: &str = "Ssm.InvalidInstanceInformationFilterValueException";
    /// `Ssm.InvalidInstancePropertyFilterValueException`
    pub const INVALID_INSTANCE_PROPERTY_FILTER_VALUE: &str = "Ssm.InvalidInstancePropertyFilterValueException";
    /// `Ssm.InvalidInventoryGroupException`
    pub const INVALID_INVENTORY_GROUP: &str = "Ssm.InvalidInventoryGroupException";
    /// `Ssm.InvalidInventoryItemContextException`
    pub const INVALID_INVENTORY_ITEM_CONTEXT: &str = "Ssm.InvalidInventoryItemContextException";
    /// `Ssm.InvalidInventoryRequestException`
    pub const INVALID_INVENTORY_REQUEST: &str = "Ssm.InvalidInventoryRequestException";
    /// `Ssm.InvalidItemContentException`
    pub const INVALID_ITEM_CONTENT: &str = "Ssm.InvalidItemContentException";
    /// `Ssm.InvalidKeyIdException`
    pub const INVALID_KEY_ID: &str = "Ssm.InvalidKeyIdException";
    /// `Ssm.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "Ssm.InvalidNextTokenException";
    /// `Ssm.InvalidNotificationConfigException`
    pub const INVALID_NOTIFICATION_CONFIG: &str = "Ssm.InvalidNotificationConfigException";
    /// `Ssm.InvalidOptionException`
    pub const INVALID_OPTION: &str = "Ssm.InvalidOptionException";
    /// `Ssm.InvalidOutputFolderException`
    pub const INVALID_OUTPUT_FOLDER: &str = "Ssm.InvalidOutputFolderException";
    /// `Ssm.InvalidOutputLocationException`
    pub const INVALID_OUTPUT_LOCATION: &str = "Ssm.InvalidOutputLocationException";
    /// `Ssm.InvalidParametersException`
    pub const INVALID_PARAMETERS: &str = "Ssm.InvalidParametersException";
    /// `Ssm.InvalidPermissionTypeException`
    pub const INVALID_PERMISSION_TYPE: &str = "Ssm.InvalidPermissionTypeException";
    /// `Ssm.InvalidPluginNameException`
    pub const INVALID_PLUGIN_NAME: &str = "Ssm.InvalidPluginNameException";
    /// `Ssm.InvalidPolicyAttributeException`
    pub const INVALID_POLICY_ATTRIBUTE: &str = "Ssm.InvalidPolicyAttributeException";
    /// `Ssm.InvalidPolicyTypeException`
    pub const INVALID_POLICY_TYPE: &str = "Ssm.InvalidPolicyTypeException";
    /// `Ssm.InvalidResourceIdException`
    pub const INVALID_RESOURCE_ID: &str = "Ssm.InvalidResourceIdException";
    /// `Ssm.InvalidResourceTypeException`
    pub const INVALID_RESOURCE_TYPE: &str = "Ssm.InvalidResourceTypeException";
    /// `Ssm.InvalidResultAttributeException`
    pub const INVALID_RESULT_ATTRIBUTE: &str = "Ssm.InvalidResultAttributeException";
    /// `Ssm.InvalidRoleException`
    pub const INVALID_ROLE: &str = "Ssm.InvalidRoleException";
    /// `Ssm.InvalidScheduleException`
    pub const INVALID_SCHEDULE: &str = "Ssm.InvalidScheduleException";
    /// `Ssm.InvalidTagException`
    pub const INVALID_TAG: &str = "Ssm.InvalidTagException";
    /// `Ssm.InvalidTargetException`
    pub const INVALID_TARGET: &str = "Ssm.InvalidTargetException";
    /// `Ssm.InvalidTargetMapsException`
    pub const INVALID_TARGET_MAPS: &str = "Ssm.InvalidTargetMapsException";
    /// `Ssm.InvalidTypeNameException`
    pub const INVALID_TYPE_NAME: &str = "Ssm.InvalidTypeNameException";
    /// `Ssm.InvalidUpdateException`
    pub const INVALID_UPDATE: &str = "Ssm.InvalidUpdateException";
    /// `Ssm.InvocationDoesNotExistException`
    pub const INVOCATION_DOES_NOT_EXIST: &str = "Ssm.InvocationDoesNotExistException";
    /// `Ssm.ItemContentMismatchException`
    pub const ITEM_CONTENT_MISMATCH: &str = "Ssm.ItemContentMismatchException";
    /// `Ssm.ItemSizeLimitExceededException`
    pub const ITEM_SIZE_LIMIT_EXCEEDED: &str = "Ssm.ItemSizeLimitExceededException";
    /// `Ssm.MalformedResourcePolicyDocumentException`
    pub const MALFORMED_RESOURCE_POLICY_DOCUMENT: &str = "Ssm.MalformedResourcePolicyDocumentException";
    /// `Ssm.MaxDocumentSizeExceededException`
    pub const MAX_DOCUMENT_SIZE_EXCEEDED: &str = "Ssm.MaxDocumentSizeExceededException";
    /// `Ssm.NoLongerSupportedException`
    pub const NO_LONGER_SUPPORTED: &str = "Ssm.NoLongerSupportedException";
    /// `Ssm.OpsItemAccessDeniedException`
    pub const OPS_ITEM_ACCESS_DENIED: &str = "Ssm.OpsItemAccessDeniedException";
    /// `Ssm.OpsItemAlreadyExistsException`
    pub const OPS_ITEM_ALREADY_EXISTS: &str = "Ssm.OpsItemAlreadyExistsException";
    /// `Ssm.OpsItemConflictException`
    pub const OPS_ITEM_CONFLICT: &str = "Ssm.OpsItemConflictException";
    /// `Ssm.OpsItemInvalidParameterException`
    pub const OPS_ITEM_INVALID_PARAMETER: &str = "Ssm.OpsItemInvalidParameterException";
    /// `Ssm.OpsItemLimitExceededException`
    pub const OPS_ITEM_LIMIT_EXCEEDED: &str = "Ssm.OpsItemLimitExceededException";
    /// `Ssm.OpsItemNotFoundException`
    pub const OPS_ITEM_NOT_FOUND: &str = "Ssm.OpsItemNotFoundException";
    /// `Ssm.OpsItemRelatedItemAlreadyExistsException`
    pub const OPS_ITEM_RELATED_ITEM_ALREADY_EXISTS: &str = "Ssm.OpsItemRelatedItemAlreadyExistsException";
    /// `Ssm.OpsItemRelatedItemAssociationNotFoundException`
    pub const OPS_ITEM_RELATED_ITEM_ASSOCIATION_NOT_FOUND: &str = "Ssm.OpsItemRelatedItemAssociationNotFoundException";
    /// `Ssm.OpsMetadataAlreadyExistsException`
    pub const OPS_METADATA_ALREADY_EXISTS: &str = "Ssm.OpsMetadataAlreadyExistsException";
    /// `Ssm.OpsMetadataInvalidArgumentException`
    pub const OPS_METADATA_INVALID_ARGUMENT: &str = "Ssm.OpsMetadataInvalidArgumentException";
    /// `Ssm.OpsMetadataKeyLimitExceededException`
    pub const OPS_METADATA_KEY_LIMIT_EXCEEDED: &str = "Ssm.OpsMetadataKeyLimitExceededException";
    /// `Ssm.OpsMetadataLimitExceededException`
    pub const OPS_METADATA_LIMIT_EXCEEDED: &str = "Ssm.OpsMetadataLimitExceededException";
    /// `Ssm.OpsMetadataNotFoundException`
    pub const OPS_METADATA_NOT_FOUND: &str = "Ssm.OpsMetadataNotFoundException";
    /// `Ssm.OpsMetadataTooManyUpdatesException`
    pub const OPS_METADATA_TOO_MANY_UPDATES: &str = "Ssm.OpsMetadataTooManyUpdatesException";
    /// `Ssm.ParameterAlreadyExistsException`
    pub const PARAMETER_ALREADY_EXISTS: &str = "Ssm.ParameterAlreadyExistsException";
    /// `Ssm.ParameterLimitExceededException`
    pub const PARAMETER_LIMIT_EXCEEDED: &str = "Ssm.ParameterLimitExceededException";
    /// `Ssm.ParameterMaxVersionLimitExceededException`
    pub const PARAMETER_MAX_VERSION_LIMIT_EXCEEDED: &str = "Ssm.ParameterMaxVersionLimitExceededException";
    /// `Ssm.ParameterNotFoundException`
    pub const PARAMETER_NOT_FOUND: &str = "Ssm.ParameterNotFoundException";
    /// `Ssm.ParameterPatternMismatchException`
    pub const PARAMETER_PATTERN_MISMATCH: &str = "Ssm.ParameterPatternMismatchException";
    /// `Ssm.ParameterVersionLabelLimitExceededException`
    pub const PARAMETER_VERSION_LABEL_LIMIT_EXCEEDED: &str = "Ssm.ParameterVersionLabelLimitExceededException";
    /// `Ssm.ParameterVersionNotFoundException`
    pub const PARAMETER_VERSION_NOT_FOUND: &str = "Ssm.ParameterVersionNotFoundException";
    /// `Ssm.PoliciesLimitExceededException`
    pub const POLICIES_LIMIT_EXCEEDED: &str = "Ssm.PoliciesLimitExceededException";
    /// `Ssm.ResourceDataSyncAlreadyExistsException`
    pub const RESOURCE_DATA_SYNC_ALREADY_EXISTS: &str = "Ssm.ResourceDataSyncAlreadyExistsException";
    /// `Ssm.ResourceDataSyncConflictException`
    pub const RESOURCE_DATA_SYNC_CONFLICT: &str = "Ssm.ResourceDataSyncConflictException";
    /// `Ssm.ResourceDataSyncCountExceededException`
    pub const RESOURCE_DATA_SYNC_COUNT_EXCEEDED: &str = "Ssm.ResourceDataSyncCountExceededException";
    /// `Ssm.ResourceDataSyncInvalidConfigurationException`
    pub const RESOURCE_DATA_SYNC_INVALID_CONFIGURATION: &str = "Ssm.ResourceDataSyncInvalidConfigurationException";
    /// `Ssm.ResourceDataSyncNotFoundException`
    pub const RESOURCE_DATA_SYNC_NOT_FOUND: &str = "Ssm.ResourceDataSyncNotFoundException";
    /// `Ssm.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "Ssm.ResourceInUseException";
    /// `Ssm.ResourceLimitExceededException`
    pub const RESOURCE_LIMIT_EXCEEDED: &str = "Ssm.ResourceLimitExceededException";
    /// `Ssm.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Ssm.ResourceNotFoundException";
    /// `Ssm.ResourcePolicyConflictException`
    pub const RESOURCE_POLICY_CONFLICT: &str = "Ssm.ResourcePolicyConflictException";
    /// `Ssm.ResourcePolicyInvalidParameterException`
    pub const RESOURCE_POLICY_INVALID_PARAMETER: &str = "Ssm.ResourcePolicyInvalidParameterException";
    /// `Ssm.ResourcePolicyLimitExceededException`
    pub const RESOURCE_POLICY_LIMIT_EXCEEDED: &str = "Ssm.ResourcePolicyLimitExceededException";
    /// `Ssm.ResourcePolicyNotFoundException`
    pub const RESOURCE_POLICY_NOT_FOUND: &str = "Ssm.ResourcePolicyNotFoundException";
    /// `Ssm.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Ssm.ServiceQuotaExceededException";
    /// `Ssm.ServiceSettingNotFoundException`
    pub const SERVICE_SETTING_NOT_FOUND: &str = "Ssm.ServiceSettingNotFoundException";
    /// `Ssm.StatusUnchangedException`
    pub const STATUS_UNCHANGED: &str = "Ssm.StatusUnchangedException";
    /// `Ssm.SubTypeCountLimitExceededException`
    pub const SUB_TYPE_COUNT_LIMIT_EXCEEDED: &str = "Ssm.SubTypeCountLimitExceededException";
    /// `Ssm.TargetInUseException`
    pub const TARGET_IN_USE: &str = "Ssm.TargetInUseException";
    /// `Ssm.TargetNotConnectedException`
    pub const TARGET_NOT_CONNECTED: &str = "Ssm.TargetNotConnectedException";
    /// `Ssm.ThrottlingException`
    pub const THROTTLING: &str = "Ssm.ThrottlingException";
    /// `Ssm.TooManyTagsErrorException`
    pub const TOO_MANY_TAGS_ERROR: &str = "Ssm.TooManyTagsErrorException";
    /// `Ssm.TooManyUpdatesException`
    pub const TOO_MANY_UPDATES: &str = "Ssm.TooManyUpdatesException";
    /// `Ssm.TotalSizeLimitExceededException`
    pub const TOTAL_SIZE_LIMIT_EXCEEDED: &str = "Ssm.TotalSizeLimitExceededException";
    /// `Ssm.UnsupportedCalendarException`
    pub const UNSUPPORTED_CALENDAR: &str = "Ssm.UnsupportedCalendarException";
    /// `Ssm.UnsupportedFeatureRequiredException`
    pub const UNSUPPORTED_FEATURE_REQUIRED: &str = "Ssm.UnsupportedFeatureRequiredException";
    /// `Ssm.UnsupportedInventoryItemContextException`
    pub const UNSUPPORTED_INVENTORY_ITEM_CONTEXT: &str = "Ssm.UnsupportedInventoryItemContextException";
    /// `Ssm.UnsupportedInventorySchemaVersionException`
    pub const UNSUPPORTED_INVENTORY_SCHEMA_VERSION: &str = "Ssm.UnsupportedInventorySchemaVersionException";
    /// `Ssm.UnsupportedOperatingSystemException`
    pub const UNSUPPORTED_OPERATING_SYSTEM: &str = "Ssm.UnsupportedOperatingSystemException";
    /// `Ssm.UnsupportedOperationException`
    pub const UNSUPPORTED_OPERATION: &str = "Ssm.UnsupportedOperationException";
    /// `Ssm.UnsupportedParameterTypeException`
    pub const UNSUPPORTED_PARAMETER_TYPE: &str = "Ssm.UnsupportedParameterTypeException";
    /// `Ssm.UnsupportedPlatformTypeException`
    pub const UNSUPPORTED_PLATFORM_TYPE: &str = "Ssm.UnsupportedPlatformTypeException";
    /// `Ssm.ValidationException`
    pub const VALIDATION: &str = "Ssm.ValidationException";
}

/// `aws-sdk:ssmcontacts` errors.
pub mod ssmcontacts {
    /// `SsmContacts.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "SsmContacts.AccessDeniedException";
    /// `SsmContacts.ConflictException`
    pub const CONFLICT: &str = "SsmContacts.ConflictException";
    /// `SsmContacts.DataEncryptionException`
    pub const DATA_ENCRYPTION: &str = "SsmContacts.DataEncryptionException";
    /// `SsmContacts.InternalServerException`
    pub const INTERNAL_SERVER: &str = "SsmContacts.InternalServerException";
    /// `SsmContacts.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "SsmContacts.ResourceNotFoundException";
    /// `SsmContacts.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "SsmContacts.ServiceQuotaExceededException";
    /// `SsmContacts.ThrottlingException`
    pub const THROTTLING: &str = "SsmContacts.ThrottlingException";
    /// `SsmContacts.ValidationException`
    pub const VALIDATION: &str = "SsmContacts.ValidationException";
}

/// `aws-sdk:ssmguiconnect` errors.
pub mod ssmguiconnect {
    /// `SsmGuiConnect.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "SsmGuiConnect.AccessDeniedException";
    /// `SsmGuiConnect.ConflictException`
    pub const CONFLICT: &str = "SsmGuiConnect.ConflictException";
    /// `SsmGuiConnect.InternalServerException`
    pub const INTERNAL_SERVER: &str = "SsmGuiConnect.InternalServerException";
    /// `SsmGuiConnect.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "SsmGuiConnect.ResourceNotFoundException";
    /// `SsmGuiConnect.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "SsmGuiConnect.ServiceQuotaExceededException";
    /// `SsmGuiConnect.ThrottlingException`
    pub const THROTTLING: &str = "SsmGuiConnect.ThrottlingException";
    /// `SsmGuiConnect.ValidationException`
    pub const VALIDATION: &str = "SsmGuiConnect.ValidationException";
}

/// `aws-sdk:ssmincidents` errors.
pub mod ssmincidents {
    /// `SsmIncidents.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "SsmIncidents.AccessDeniedException";
    /// `SsmIncidents.ConflictException`
    pub const CONFLICT: &str = "SsmIncidents.ConflictException";
    /// `SsmIncidents.InternalServerException`
    pub const INTERNAL_SERVER: &str = "SsmIncidents.InternalServerException";
    /// `SsmIncidents.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "SsmIncidents.ResourceNotFoundException";
    /// `SsmIncidents.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "SsmIncidents.ServiceQuotaExceededException";
    /// `SsmIncidents.ThrottlingException`
    pub const THROTTLING: &str = "SsmIncidents.ThrottlingException";
    /// `SsmIncidents.ValidationException`
    pub const VALIDATION: &str = "SsmIncidents.ValidationException";
}

/// `aws-sdk:ssmquicksetup` errors.
pub mod ssmquicksetup {
    /// `SsmQuickSetup.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "SsmQuickSetup.AccessDeniedException";
    /// `SsmQuickSetup.ConflictException`
    pub const CONFLICT: &str = "SsmQuickSetup.ConflictException";
    /// `SsmQuickSetup.InternalServerException`
    pub const INTERNAL_SERVER: &str = "SsmQuickSetup.InternalServerException";
    /// `SsmQuickSetup.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "SsmQuickSetup.ResourceNotFoundException";
    /// `SsmQuickSetup.ThrottlingException`
    pub const THROTTLING: &str = "SsmQuickSetup.ThrottlingException";
    /// `SsmQuickSetup.ValidationException`
    pub const VALIDATION: &str = "SsmQuickSetup.ValidationException";
}

/// `aws-sdk:ssmsap` errors.
pub mod ssmsap {
    /// `SsmSap.ConflictException`
    pub const CONFLICT: &str = "SsmSap.ConflictException";
    /// `SsmSap.InternalServerException`
    pub const INTERNAL_SERVER: &str = "SsmSap.InternalServerException";
    /// `SsmSap.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "SsmSap.ResourceNotFoundException";
    /// `SsmSap.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "SsmSap.UnauthorizedException";
    /// `SsmSap.ValidationException`
    pub const VALIDATION: &str = "SsmSap.ValidationException";
}

/// `aws-sdk:sso` errors.
pub mod sso {
    /// `Sso.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "Sso.InvalidRequestException";
    /// `Sso.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Sso.ResourceNotFoundException";
    /// `Sso.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "Sso.TooManyRequestsException";
    /// `Sso.UnauthorizedException`
    pub const UNAUTHORIZED: &str = "Sso.UnauthorizedException";
}

/// `aws-sdk:ssoadmin` errors.
pub mod ssoadmin {
    /// `SsoAdmin.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "SsoAdmin.AccessDeniedException";
    /// `SsoAdmin.ConflictException`
    pub const CONFLICT: &str = "SsoAdmin.ConflictException";
    /// `SsoAdmin.InternalServerException`
    pub const INTERNAL_SERVER: &str = "SsoAdmin.InternalServerException";
    /// `SsoAdmin.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "SsoAdmin.ResourceNotFoundException";
    /// `SsoAdmin.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "SsoAdmin.ServiceQuotaExceededException";
    /// `SsoAdmin.ThrottlingException`
    pub const THROTTLING: &str = "SsoAdmin.ThrottlingException";
    /// `SsoAdmin.ValidationException`
    pub const VALIDATION: &str = "SsoAdmin.ValidationException";
}

/// `aws-sdk:ssooidc` errors.
pub mod ssooidc {
    /// `SsoOidc.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "SsoOidc.AccessDeniedException";
    /// `SsoOidc.AuthorizationPendingException`
    pub const AUTHORIZATION_PENDING: &str = "SsoOidc.AuthorizationPendingException";
    /// `SsoOidc.ExpiredTokenException`
    pub const EXPIRED_TOKEN: &str = "SsoOidc.ExpiredTokenException";
    /// `SsoOidc.InternalServerException`
    pub const INTERNAL_SERVER: &str = "SsoOidc.InternalServerException";
    /// `SsoOidc.InvalidClientException`
    pub const INVALID_CLIENT: &str = "SsoOidc.InvalidClientException";
    /// `SsoOidc.InvalidClientMetadataException`
    pub const INVALID_CLIENT_METADATA: &str = "SsoOidc.InvalidClientMetadataException";
    /// `SsoOidc.InvalidGrantException`
    pub const INVALID_GRANT: &str = "SsoOidc.InvalidGrantException";
    /// `SsoOidc.InvalidRedirectUriException`
    pub const INVALID_REDIRECT_URI: &str = "SsoOidc.InvalidRedirectUriException";
    /// `SsoOidc.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "SsoOidc.InvalidRequestException";
    /// `SsoOidc.InvalidRequestRegionException`
    pub const INVALID_REQUEST_REGION: &str = "SsoOidc.InvalidRequestRegionException";
    /// `SsoOidc.InvalidScopeException`
    pub const INVALID_SCOPE: &str = "SsoOidc.InvalidScopeException";
    /// `SsoOidc.SlowDownException`
    pub const SLOW_DOWN: &str = "SsoOidc.SlowDownException";
    /// `SsoOidc.UnauthorizedClientException`
    pub const UNAUTHORIZED_CLIENT: &str = "SsoOidc.UnauthorizedClientException";
    /// `SsoOidc.UnsupportedGrantTypeException`
    pub const UNSUPPORTED_GRANT_TYPE: &str = "SsoOidc.UnsupportedGrantTypeException";
}

/// `aws-sdk:storagegateway` errors.
pub mod storagegateway {
    /// `StorageGateway.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "StorageGateway.InternalServerErrorException";
    /// `StorageGateway.InvalidGatewayRequestException`
    pub const INVALID_GATEWAY_REQUEST: &str = "StorageGateway.InvalidGatewayRequestException";
    /// `StorageGateway.ServiceUnavailableErrorException`
    pub const SERVICE_UNAVAILABLE_ERROR: &str = "StorageGateway.ServiceUnavailableErrorException";
}

/// `aws-sdk:sts` errors.
pub mod sts {
    /// `Sts.ExpiredTokenException`
    pub const EXPIRED_TOKEN: &str = "Sts.ExpiredTokenException";
    /// `Sts.ExpiredTradeInTokenException`
    pub const EXPIRED_TRADE_IN_TOKEN: &str = "Sts.ExpiredTradeInTokenException";
    /// `Sts.IDPCommunicationErrorException`
    pub const IDP_COMMUNICATION_ERROR: &str = "Sts.IDPCommunicationErrorException";
    /// `Sts.IDPRejectedClaimException`
    pub const IDP_REJECTED_CLAIM: &str = "Sts.IDPRejectedClaimException";
    /// `Sts.InsufficientSessionLifetimeException`
    pub const INSUFFICIENT_SESSION_LIFETIME: &str = "Sts.InsufficientSessionLifetimeException";
    /// `Sts.InvalidAuthorizationMessageException`
    pub const INVALID_AUTHORIZATION_MESSAGE: &str = "Sts.InvalidAuthorizationMessageException";
    /// `Sts.InvalidContextAssertionException`
    pub const INVALID_CONTEXT_ASSERTION: &str = "Sts.InvalidContextAssertionException";
    /// `Sts.InvalidIdentityTokenException`
    pub const INVALID_IDENTITY_TOKEN: &str = "Sts.InvalidIdentityTokenException";
    /// `Sts.InvalidSubjectCredentialsException`
    pub const INVALID_SUBJECT_CREDENTIALS: &str = "Sts.InvalidSubjectCredentialsException";
    /// `Sts.JWTPayloadSizeExceededException`
    pub const JWT_PAYLOAD_SIZE_EXCEEDED: &str = "Sts.JWTPayloadSizeExceededException";
    /// `Sts.MalformedPolicyDocumentException`
    pub const MALFORMED_POLICY_DOCUMENT: &str = "Sts.MalformedPolicyDocumentException";
    /// `Sts.OutboundWebIdentityFederationDisabledException`
    pub const OUTBOUND_WEB_IDENTITY_FEDERATION_DISABLED: &str = "Sts.OutboundWebIdentityFederationDisabledException";
    /// `Sts.PackedPolicyTooLargeException`
    pub const PACKED_POLICY_TOO_LARGE: &str = "Sts.PackedPolicyTooLargeException";
    /// `Sts.RegionDisabledException`
    pub const REGION_DISABLED: &str = "Sts.RegionDisabledException";
    /// `Sts.SessionDurationEscalationException`
    pub const SESSION_DURATION_ESCALATION: &str = "Sts.SessionDurationEscalationException";
}

/// `aws-sdk:supplychain` errors.
pub mod supplychain {
    /// `SupplyChain.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "SupplyChain.AccessDeniedException";
    /// `SupplyChain.ConflictException`
    pub const CONFLICT: &str = "SupplyChain.ConflictException";
    /// `SupplyChain.InternalServerException`
    pub const INTERNAL_SERVER: &str = "SupplyChain.InternalServerException";
    /// `SupplyChain.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "SupplyChain.ResourceNotFoundException";
    /// `SupplyChain.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "SupplyChain.ServiceQuotaExceededException";
    /// `SupplyChain.ThrottlingException`
    pub const THROTTLING: &str = "SupplyChain.ThrottlingException";
    /// `SupplyChain.ValidationException`
    pub const VALIDATION: &str = "SupplyChain.ValidationException";
}

/// `aws-sdk:support` errors.
pub mod support {
    /// `Support.AttachmentIdNotFoundException`
    pub const ATTACHMENT_ID_NOT_FOUND: &str = "Support.AttachmentIdNotFoundException";
    /// `Support.AttachmentLimitExceededException`
    pub const ATTACHMENT_LIMIT_EXCEEDED: &str = "Support.AttachmentLimitExceededException";
    /// `Support.AttachmentSetExpiredException`
    pub const ATTACHMENT_SET_EXPIRED: &str = "Support.AttachmentSetExpiredException";
    /// `Support.AttachmentSetIdNotFoundException`
    pub const ATTACHMENT_SET_ID_NOT_FOUND: &str = "Support.AttachmentSetIdNotFoundException";
    /// `Support.AttachmentSetSizeLimitExceededException`
    pub const ATTACHMENT_SET_SIZE_LIMIT_EXCEEDED: &str = "Support.AttachmentSetSizeLimitExceededException";
    /// `Support.CaseCreationLimitExceededException`
    pub const CASE_CREATION_LIMIT_EXCEEDED: &str = "Support.CaseCreationLimitExceededException";
    /// `Support.CaseIdNotFoundException`
    pub const CASE_ID_NOT_FOUND: &str = "Support.CaseIdNotFoundException";
    /// `Support.DescribeAttachmentLimitExceededException`
    pub const DESCRIBE_ATTACHMENT_LIMIT_EXCEEDED: &str = "Support.DescribeAttachmentLimitExceededException";
    /// `Support.DryRunOperationException`
    pub const DRY_RUN_OPERATION: &str = "Support.DryRunOperationException";
    /// `Support.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "Support.InternalServerErrorException";
    /// `Support.ThrottlingException`
    pub const THROTTLING: &str = "Support.ThrottlingException";
    /// `Support.UploadIdNotFoundException`
    pub const UPLOAD_ID_NOT_FOUND: &str = "Support.UploadIdNotFoundException";
}

/// `aws-sdk:supportapp` errors.
pub mod supportapp {
    /// `SupportApp.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "SupportApp.AccessDeniedException";
    /// `SupportApp.ConflictException`
    pub const CONFLICT: &str = "SupportApp.ConflictException";
    /// `SupportApp.InternalServerException`
    pub const INTERNAL_SERVER: &str = "SupportApp.InternalServerException";
    /// `SupportApp.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "SupportApp.ResourceNotFoundException";
    /// `SupportApp.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "SupportApp.ServiceQuotaExceededException";
    /// `SupportApp.ValidationException`
    pub const VALIDATION: &str = "SupportApp.ValidationException";
}

/// `aws-sdk:supportauthz` errors.
pub mod supportauthz {
    /// `SupportAuthz.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "SupportAuthz.AccessDeniedException";
    /// `SupportAuthz.ConflictException`
    pub const CONFLICT: &str = "SupportAuthz.ConflictException";
    /// `SupportAuthz.InternalServerException`
    pub const INTERNAL_SERVER: &str = "SupportAuthz.InternalServerException";
    /// `SupportAuthz.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "SupportAuthz.ResourceNotFoundException";
    /// `SupportAuthz.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "SupportAuthz.ServiceQuotaExceededException";
    /// `SupportAuthz.ThrottlingException`
    pub const THROTTLING: &str = "SupportAuthz.ThrottlingException";
    /// `SupportAuthz.ValidationException`
    pub const VALIDATION: &str = "SupportAuthz.ValidationException";
}

/// `aws-sdk:sustainability` errors.
pub mod sustainability {
    /// `Sustainability.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Sustainability.AccessDeniedException";
    /// `Sustainability.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Sustainability.InternalServerException";
    /// `Sustainability.ThrottlingException`
    pub const THROTTLING: &str = "Sustainability.ThrottlingException";
    /// `Sustainability.ValidationException`
    pub const VALIDATION: &str = "Sustainability.ValidationException";
}

/// `aws-sdk:swf` errors.
pub mod swf {
    /// `Swf.DefaultUndefinedFaultException`
    pub const DEFAULT_UNDEFINED_FAULT: &str = "Swf.DefaultUndefinedFaultException";
    /// `Swf.DomainAlreadyExistsFaultException`
    pub const DOMAIN_ALREADY_EXISTS_FAULT: &str = "Swf.DomainAlreadyExistsFaultException";
    /// `Swf.DomainDeprecatedFaultException`
    pub const DOMAIN_DEPRECATED_FAULT: &str = "Swf.DomainDeprecatedFaultException";
    /// `Swf.LimitExceededFaultException`
    pub const LIMIT_EXCEEDED_FAULT: &str = "Swf.LimitExceededFaultException";
    /// `Swf.OperationNotPermittedFaultException`
    pub const OPERATION_NOT_PERMITTED_FAULT: &str = "Swf.OperationNotPermittedFaultException";
    /// `Swf.TooManyTagsFaultException`
    pub const TOO_MANY_TAGS_FAULT: &str = "Swf.TooManyTagsFaultException";
    /// `Swf.TypeAlreadyExistsFaultException`
    pub const TYPE_ALREADY_EXISTS_FAULT: &str = "Swf.TypeAlreadyExistsFaultException";
    /// `Swf.TypeDeprecatedFaultException`
    pub const TYPE_DEPRECATED_FAULT: &str = "Swf.TypeDeprecatedFaultException";
    /// `Swf.TypeNotDeprecatedFaultException`
    pub const TYPE_NOT_DEPRECATED_FAULT: &str = "Swf.TypeNotDeprecatedFaultException";
    /// `Swf.UnknownResourceFaultException`
    pub const UNKNOWN_RESOURCE_FAULT: &str = "Swf.UnknownResourceFaultException";
    /// `Swf.WorkflowExecutionAlreadyStartedFaultException`
    pub const WORKFLOW_EXECUTION_ALREADY_STARTED_FAULT: &str = "Swf.WorkflowExecutionAlreadyStartedFaultException";
}

/// `aws-sdk:synthetics` errors.
pub mod synthetics {
    /// `Synthetics.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Synthetics.AccessDeniedException";
    /// `Synthetics.BadRequestException`
    pub const BAD_REQUEST: &str = "Synthetics.BadRequestException";
    /// `Synthetics.ConflictException`
    pub const CONFLICT: &str = "Synthetics.ConflictException";
    /// `Synthetics.InternalFailureException`
    pub const INTERNAL_FAILURE: &str = "Synthetics.InternalFailureException";
    /// `Synthetics.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Synthetics.InternalServerException";
    /// `Synthetics.NotFoundException`
    pub const NOT_FOUND: &str = "Synthetics.NotFoundException";
    /// `Synthetics.RequestEntityTooLargeException`
    pub const REQUEST_ENTITY_TOO_LARGE: &str = "Synthetics.RequestEntityTooLargeException";
    /// `Synthetics.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Synthetics.ResourceNotFoundException";
    /// `Synthetics.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Synthetics.ServiceQuotaExceededException";
    /// `Synthetics.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "Synthetics.TooManyRequestsException";
    /// `Synthetics.ValidationException`
    pub const VALIDATION: &str = "Synthetics.ValidationException";
}

/// `aws-sdk:taxsettings` errors.
pub mod taxsettings {
    /// `TaxSettings.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "TaxSettings.AccessDeniedException";
    /// `TaxSettings.AttachmentUploadException`
    pub const ATTACHMENT_UPLOAD: &str = "TaxSettings.AttachmentUploadException";
    /// `TaxSettings.CaseCreationLimitExceededException`
    pub const CASE_CREATION_LIMIT_EXCEEDED: &str = "TaxSettings.CaseCreationLimitExceededException";
    /// `TaxSettings.ConflictException`
    pub const CONFLICT: &str = "TaxSettings.ConflictException";
    /// `TaxSettings.InternalServerException`
    pub const INTERNAL_SERVER: &str = "TaxSettings.InternalServerException";
    /// `TaxSettings.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "TaxSettings.ResourceNotFoundException";
    /// `TaxSettings.ValidationException`
    pub const VALIDATION: &str = "TaxSettings.ValidationException";
}

/// `aws-sdk:textract` errors.
pub mod textract {
    /// `Textract.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Textract.AccessDeniedException";
    /// `Textract.BadDocumentException`
    pub const BAD_DOCUMENT: &str = "Textract.BadDocumentException";
    /// `Textract.ConflictException`
    pub const CONFLICT: &str = "Textract.ConflictException";
    /// `Textract.DocumentTooLargeException`
    pub const DOCUMENT_TOO_LARGE: &str = "Textract.DocumentTooLargeException";
    /// `Textract.HumanLoopQuotaExceededException`
    pub const HUMAN_LOOP_QUOTA_EXCEEDED: &str = "Textract.HumanLoopQuotaExceededException";
    /// `Textract.IdempotentParameterMismatchException`
    pub const IDEMPOTENT_PARAMETER_MISMATCH: &str = "Textract.IdempotentParameterMismatchException";
    /// `Textract.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "Textract.InternalServerErrorException";
    /// `Textract.InvalidJobIdException`
    pub const INVALID_JOB_ID: &str = "Textract.InvalidJobIdException";
    /// `Textract.InvalidKMSKeyException`
    pub const INVALID_KMS_KEY: &str = "Textract.InvalidKMSKeyException";
    /// `Textract.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "Textract.InvalidParameterException";
    /// `Textract.InvalidS3ObjectException`
    pub const INVALID_S3_OBJECT: &str = "Textract.InvalidS3ObjectException";
    /// `Textract.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Textract.LimitExceededException";
    /// `Textract.ProvisionedThroughputExceededException`
    pub const PROVISIONED_THROUGHPUT_EXCEEDED: &str = "Textract.ProvisionedThroughputExceededException";
    /// `Textract.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Textract.ResourceNotFoundException";
    /// `Textract.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Textract.ServiceQuotaExceededException";
    /// `Textract.ThrottlingException`
    pub const THROTTLING: &str = "Textract.ThrottlingException";
    /// `Textract.UnsupportedDocumentException`
    pub const UNSUPPORTED_DOCUMENT: &str = "Textract.UnsupportedDocumentException";
    /// `Textract.ValidationException`
    pub const VALIDATION: &str = "Textract.ValidationException";
}

/// `aws-sdk:timestreaminfluxdb` errors.
pub mod timestreaminfluxdb {
    /// `TimestreamInfluxDb.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "TimestreamInfluxDb.AccessDeniedException";
    /// `TimestreamInfluxDb.ConflictException`
    pub const CONFLICT: &str = "TimestreamInfluxDb.ConflictException";
    /// `TimestreamInfluxDb.InternalServerException`
    pub const INTERNAL_SERVER: &str = "TimestreamInfluxDb.InternalServerException";
    /// `TimestreamInfluxDb.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "TimestreamInfluxDb.ResourceNotFoundException";
    /// `TimestreamInfluxDb.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "TimestreamInfluxDb.ServiceQuotaExceededException";
    /// `TimestreamInfluxDb.ThrottlingException`
    pub const THROTTLING: &str = "TimestreamInfluxDb.ThrottlingException";
    /// `TimestreamInfluxDb.ValidationException`
    pub const VALIDATION: &str = "TimestreamInfluxDb.ValidationException";
}

/// `aws-sdk:timestreamquery` errors.
pub mod timestreamquery {
    /// `TimestreamQuery.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "TimestreamQuery.AccessDeniedException";
    /// `TimestreamQuery.ConflictException`
    pub const CONFLICT: &str = "TimestreamQuery.ConflictException";
    /// `TimestreamQuery.InternalServerException`
    pub const INTERNAL_SERVER: &str = "TimestreamQuery.InternalServerException";
    /// `TimestreamQuery.InvalidEndpointException`
    pub const INVALID_ENDPOINT: &str = "TimestreamQuery.InvalidEndpointException";
    /// `TimestreamQuery.QueryExecutionException`
    pub const QUERY_EXECUTION: &str = "TimestreamQuery.QueryExecutionException";
    /// `TimestreamQuery.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "TimestreamQuery.ResourceNotFoundException";
    /// `TimestreamQuery.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "TimestreamQuery.ServiceQuotaExceededException";
    /// `TimestreamQuery.ThrottlingException`
    pub const THROTTLING: &str = "TimestreamQuery.ThrottlingException";
    /// `TimestreamQuery.ValidationException`
    pub const VALIDATION: &str = "TimestreamQuery.ValidationException";
}

/// `aws-sdk:timestreamwrite` errors.
pub mod timestreamwrite {
    /// `TimestreamWrite.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "TimestreamWrite.AccessDeniedException";
    /// `TimestreamWrite.ConflictException`
    pub const CONFLICT: &str = "TimestreamWrite.ConflictException";
    /// `TimestreamWrite.InternalServerException`
    pub const INTERNAL_SERVER: &str = "TimestreamWrite.InternalServerException";
    /// `TimestreamWrite.InvalidEndpointException`
    pub const INVALID_ENDPOINT: &str = "TimestreamWrite.InvalidEndpointException";
    /// `TimestreamWrite.RejectedRecordsException`
    pub const REJECTED_RECORDS: &str = "TimestreamWrite.RejectedRecordsException";
    /// `TimestreamWrite.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "TimestreamWrite.ResourceNotFoundException";
    /// `TimestreamWrite.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "TimestreamWrite.ServiceQuotaExceededException";
    /// `TimestreamWrite.ThrottlingException`
    pub const THROTTLING: &str = "TimestreamWrite.ThrottlingException";
    /// `TimestreamWrite.ValidationException`
    pub const VALIDATION: &str = "TimestreamWrite.ValidationException";
}

/// `aws-sdk:transcribe` errors.
pub mod transcribe {
    /// `Transcribe.BadRequestException`
    pub const BAD_REQUEST: &str = "Transcribe.BadRequestException";
    /// `Transcribe.ConflictException`
    pub const CONFLICT: &str = "Transcribe.ConflictException";
    /// `Transcribe.InternalFailureException`
    pub const INTERNAL_FAILURE: &str = "Transcribe.InternalFailureException";
    /// `Transcribe.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Transcribe.LimitExceededException";
    /// `Transcribe.NotFoundException`
    pub const NOT_FOUND: &str = "Transcribe.NotFoundException";
}

/// `aws-sdk:transfer` errors.
pub mod transfer {
    /// `Transfer.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Transfer.AccessDeniedException";
    /// `Transfer.ConflictException`
    pub const CONFLICT: &str = "Transfer.ConflictException";
    /// `Transfer.InternalServiceErrorException`
    pub const INTERNAL_SERVICE_ERROR: &str = "Transfer.InternalServiceErrorException";
    /// `Transfer.InvalidNextTokenException`
    pub const INVALID_NEXT_TOKEN: &str = "Transfer.InvalidNextTokenException";
    /// `Transfer.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "Transfer.InvalidRequestException";
    /// `Transfer.ResourceExistsException`
    pub const RESOURCE_EXISTS: &str = "Transfer.ResourceExistsException";
    /// `Transfer.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Transfer.ResourceNotFoundException";
    /// `Transfer.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "Transfer.ServiceUnavailableException";
    /// `Transfer.ThrottlingException`
    pub const THROTTLING: &str = "Transfer.ThrottlingException";
}

/// `aws-sdk:translate` errors.
pub mod translate {
    /// `Translate.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "Translate.ConcurrentModificationException";
    /// `Translate.ConflictException`
    pub const CONFLICT: &str = "Translate.ConflictException";
    /// `Translate.DetectedLanguageLowConfidenceException`
    pub const DETECTED_LANGUAGE_LOW_CONFIDENCE: &str = "Translate.DetectedLanguageLowConfidenceException";
    /// `Translate.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Translate.InternalServerException";
    /// `Translate.InvalidFilterException`
    pub const INVALID_FILTER: &str = "Translate.InvalidFilterException";
    /// `Translate.InvalidParameterValueException`
    pub const INVALID_PARAMETER_VALUE: &str = "Translate.InvalidParameterValueException";
    /// `Translate.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "Translate.InvalidRequestException";
    /// `Translate.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "Translate.LimitExceededException";
    /// `Translate.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Translate.ResourceNotFoundException";
    /// `Translate.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "Translate.ServiceUnavailableException";
    /// `Translate.TextSizeLimitExceededException`
    pub const TEXT_SIZE_LIMIT_EXCEEDED: &str = "Translate.TextSizeLimitExceededException";
    /// `Translate.TooManyRequestsException`
    pub const TOO_MANY_REQUESTS: &str = "Translate.TooManyRequestsException";
    /// `Translate.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "Translate.TooManyTagsException";
    /// `Translate.UnsupportedDisplayLanguageCodeException`
    pub const UNSUPPORTED_DISPLAY_LANGUAGE_CODE: &str = "Translate.UnsupportedDisplayLanguageCodeException";
    /// `Translate.UnsupportedLanguagePairException`
    pub const UNSUPPORTED_LANGUAGE_PAIR: &str = "Translate.UnsupportedLanguagePairException";
}

/// `aws-sdk:trustedadvisor` errors.
pub mod trustedadvisor {
    /// `TrustedAdvisor.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "TrustedAdvisor.AccessDeniedException";
    /// `TrustedAdvisor.ConflictException`
    pub const CONFLICT: &str = "TrustedAdvisor.ConflictException";
    /// `TrustedAdvisor.InternalServerException`
    pub const INTERNAL_SERVER: &str = "TrustedAdvisor.InternalServerException";
    /// `TrustedAdvisor.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "TrustedAdvisor.ResourceNotFoundException";
    /// `TrustedAdvisor.ThrottlingException`
    pub const THROTTLING: &str = "TrustedAdvisor.ThrottlingException";
    /// `TrustedAdvisor.ValidationException`
    pub const VALIDATION: &str = "TrustedAdvisor.ValidationException";
}

/// `aws-sdk:uxc` errors.
pub mod uxc {
    /// `Uxc.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Uxc.AccessDeniedException";
    /// `Uxc.InternalServerException`
    pub const INTERNAL_SERVER: &str = "Uxc.InternalServerException";
    /// `Uxc.ThrottlingException`
    pub const THROTTLING: &str = "Uxc.ThrottlingException";
    /// `Uxc.ValidationException`
    pub const VALIDATION: &str = "Uxc.ValidationException";
}

/// `aws-sdk:verifiedpermissions` errors.
pub mod verifiedpermissions {
    /// `VerifiedPermissions.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "VerifiedPermissions.AccessDeniedException";
    /// `VerifiedPermissions.ConflictException`
    pub const CONFLICT: &str = "VerifiedPermissions.ConflictException";
    /// `VerifiedPermissions.InternalServerException`
    pub const INTERNAL_SERVER: &str = "VerifiedPermissions.InternalServerException";
    /// `VerifiedPermissions.InvalidStateException`
    pub const INVALID_STATE: &str = "VerifiedPermissions.InvalidStateException";
    /// `VerifiedPermissions.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "VerifiedPermissions.ResourceNotFoundException";
    /// `VerifiedPermissions.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "VerifiedPermissions.ServiceQuotaExceededException";
    /// `VerifiedPermissions.ThrottlingException`
    pub const THROTTLING: &str = "VerifiedPermissions.ThrottlingException";
    /// `VerifiedPermissions.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "VerifiedPermissions.TooManyTagsException";
    /// `VerifiedPermissions.ValidationException`
    pub const VALIDATION: &str = "VerifiedPermissions.ValidationException";
}

/// `aws-sdk:voiceid` errors.
pub mod voiceid {
    /// `VoiceId.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "VoiceId.AccessDeniedException";
    /// `VoiceId.ConflictException`
    pub const CONFLICT: &str = "VoiceId.ConflictException";
    /// `VoiceId.InternalServerException`
    pub const INTERNAL_SERVER: &str = "VoiceId.InternalServerException";
    /// `VoiceId.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "VoiceId.ResourceNotFoundException";
    /// `VoiceId.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "VoiceId.ServiceQuotaExceededException";
    /// `VoiceId.ThrottlingException`
    pub const THROTTLING: &str = "VoiceId.ThrottlingException";
    /// `VoiceId.ValidationException`
    pub const VALIDATION: &str = "VoiceId.ValidationException";
}

/// `aws-sdk:vpclattice` errors.
pub mod vpclattice {
    /// `VpcLattice.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "VpcLattice.AccessDeniedException";
    /// `VpcLattice.ConflictException`
    pub const CONFLICT: &str = "VpcLattice.ConflictException";
    /// `VpcLattice.InternalServerException`
    pub const INTERNAL_SERVER: &str = "VpcLattice.InternalServerException";
    /// `VpcLattice.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "VpcLattice.ResourceNotFoundException";
    /// `VpcLattice.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "VpcLattice.ServiceQuotaExceededException";
    /// `VpcLattice.ThrottlingException`
    pub const THROTTLING: &str = "VpcLattice.ThrottlingException";
    /// `VpcLattice.ValidationException`
    pub const VALIDATION: &str = "VpcLattice.ValidationException";
}

/// `aws-sdk:waf` errors.
pub mod waf {
    /// `Waf.WAFBadRequestException`
    pub const WAF_BAD_REQUEST: &str = "Waf.WAFBadRequestException";
    /// `Waf.WAFDisallowedNameException`
    pub const WAF_DISALLOWED_NAME: &str = "Waf.WAFDisallowedNameException";
    /// `Waf.WAFEntityMigrationException`
    pub const WAF_ENTITY_MIGRATION: &str = "Waf.WAFEntityMigrationException";
    /// `Waf.WAFInternalErrorException`
    pub const WAF_INTERNAL_ERROR: &str = "Waf.WAFInternalErrorException";
    /// `Waf.WAFInvalidAccountException`
    pub const WAF_INVALID_ACCOUNT: &str = "Waf.WAFInvalidAccountException";
    /// `Waf.WAFInvalidOperationException`
    pub const WAF_INVALID_OPERATION: &str = "Waf.WAFInvalidOperationException";
    /// `Waf.WAFInvalidParameterException`
    pub const WAF_INVALID_PARAMETER: &str = "Waf.WAFInvalidParameterException";
    /// `Waf.WAFInvalidPermissionPolicyException`
    pub const WAF_INVALID_PERMISSION_POLICY: &str = "Waf.WAFInvalidPermissionPolicyException";
    /// `Waf.WAFInvalidRegexPatternException`
    pub const WAF_INVALID_REGEX_PATTERN: &str = "Waf.WAFInvalidRegexPatternException";
    /// `Waf.WAFLimitsExceededException`
    pub const WAF_LIMITS_EXCEEDED: &str = "Waf.WAFLimitsExceededException";
    /// `Waf.WAFNonEmptyEntityException`
    pub const WAF_NON_EMPTY_ENTITY: &str = "Waf.WAFNonEmptyEntityException";
    /// `Waf.WAFNonexistentContainerException`
    pub const WAF_NONEXISTENT_CONTAINER: &str = "Waf.WAFNonexistentContainerException";
    /// `Waf.WAFNonexistentItemException`
    pub const WAF_NONEXISTENT_ITEM: &str = "Waf.WAFNonexistentItemException";
    /// `Waf.WAFReferencedItemException`
    pub const WAF_REFERENCED_ITEM: &str = "Waf.WAFReferencedItemException";
    /// `Waf.WAFServiceLinkedRoleErrorException`
    pub const WAF_SERVICE_LINKED_ROLE_ERROR: &str = "Waf.WAFServiceLinkedRoleErrorException";
    /// `Waf.WAFStaleDataException`
    pub const WAF_STALE_DATA: &str = "Waf.WAFStaleDataException";
    /// `Waf.WAFSubscriptionNotFoundException`
    pub const WAF_SUBSCRIPTION_NOT_FOUND: &str = "Waf.WAFSubscriptionNotFoundException";
    /// `Waf.WAFTagOperationException`
    pub const WAF_TAG_OPERATION: &str = "Waf.WAFTagOperationException";
    /// `Waf.WAFTagOperationInternalErrorException`
    pub const WAF_TAG_OPERATION_INTERNAL_ERROR: &str = "Waf.WAFTagOperationInternalErrorException";
}

/// `aws-sdk:wafregional` errors.
pub mod wafregional {
    /// `WafRegional.WAFBadRequestException`
    pub const WAF_BAD_REQUEST: &str = "WafRegional.WAFBadRequestException";
    /// `WafRegional.WAFDisallowedNameException`
    pub const WAF_DISALLOWED_NAME: &str = "WafRegional.WAFDisallowedNameException";
    /// `WafRegional.WAFEntityMigrationException`
    pub const WAF_ENTITY_MIGRATION: &str = "WafRegional.WAFEntityMigrationException";
    /// `WafRegional.WAFInternalErrorException`
    pub const WAF_INTERNAL_ERROR: &str = "WafRegional.WAFInternalErrorException";
    /// `WafRegional.WAFInvalidAccountException`
    pub const WAF_INVALID_ACCOUNT: &str = "WafRegional.WAFInvalidAccountException";
    /// `WafRegional.WAFInvalidOperationException`
    pub const WAF_INVALID_OPERATION: &str = "WafRegional.WAFInvalidOperationException";
    /// `WafRegional.WAFInvalidParameterException`
    pub const WAF_INVALID_PARAMETER: &str = "WafRegional.WAFInvalidParameterException";
    /// `WafRegional.WAFInvalidPermissionPolicyException`
    pub const WAF_INVALID_PERMISSION_POLICY: &str = "WafRegional.WAFInvalidPermissionPolicyException";
    /// `WafRegional.WAFInvalidRegexPatternException`
    pub const WAF_INVALID_REGEX_PATTERN: &str = "WafRegional.WAFInvalidRegexPatternException";
    /// `WafRegional.WAFLimitsExceededException`
    pub const WAF_LIMITS_EXCEEDED: &str = "WafRegional.WAFLimitsExceededException";
    /// `WafRegional.WAFNonEmptyEntityException`
    pub const WAF_NON_EMPTY_ENTITY: &str = "WafRegional.WAFNonEmptyEntityException";
    /// `WafRegional.WAFNonexistentContainerException`
    pub const WAF_NONEXISTENT_CONTAINER: &str = "WafRegional.WAFNonexistentContainerException";
    /// `WafRegional.WAFNonexistentItemException`
    pub const WAF_NONEXISTENT_ITEM: &str = "WafRegional.WAFNonexistentItemException";
    /// `WafRegional.WAFReferencedItemException`
    pub const WAF_REFERENCED_ITEM: &str = "WafRegional.WAFReferencedItemException";
    /// `WafRegional.WAFServiceLinkedRoleErrorException`
    pub const WAF_SERVICE_LINKED_ROLE_ERROR: &str = "WafRegional.WAFServiceLinkedRoleErrorException";
    /// `WafRegional.WAFStaleDataException`
    pub const WAF_STALE_DATA: &str = "WafRegional.WAFStaleDataException";
    /// `WafRegional.WAFSubscriptionNotFoundException`
    pub const WAF_SUBSCRIPTION_NOT_FOUND: &str = "WafRegional.WAFSubscriptionNotFoundException";
    /// `WafRegional.WAFTagOperationException`
    pub const WAF_TAG_OPERATION: &str = "WafRegional.WAFTagOperationException";
    /// `WafRegional.WAFTagOperationInternalErrorException`
    pub const WAF_TAG_OPERATION_INTERNAL_ERROR: &str = "WafRegional.WAFTagOperationInternalErrorException";
    /// `WafRegional.WAFUnavailableEntityException`
    pub const WAF_UNAVAILABLE_ENTITY: &str = "WafRegional.WAFUnavailableEntityException";
}

/// `aws-sdk:wafv2` errors.
pub mod wafv2 {
    /// `Wafv2.WAFAssociatedItemException`
    pub const WAF_ASSOCIATED_ITEM: &str = "Wafv2.WAFAssociatedItemException";
    /// `Wafv2.WAFConfigurationWarningException`
    pub const WAF_CONFIGURATION_WARNING: &str = "Wafv2.WAFConfigurationWarningException";
    /// `Wafv2.WAFDuplicateItemException`
    pub const WAF_DUPLICATE_ITEM: &str = "Wafv2.WAFDuplicateItemException";
    /// `Wafv2.WAFExpiredManagedRuleGroupVersionException`
    pub const WAF_EXPIRED_MANAGED_RULE_GROUP_VERSION: &str = "Wafv2.WAFExpiredManagedRuleGroupVersionException";
    /// `Wafv2.WAFFeatureNotIncludedInPricingPlanException`
    pub const WAF_FEATURE_NOT_INCLUDED_IN_PRICING_PLAN: &str = "Wafv2.WAFFeatureNotIncludedInPricingPlanException";
    /// `Wafv2.WAFInternalErrorException`
    pub const WAF_INTERNAL_ERROR: &str = "Wafv2.WAFInternalErrorException";
    /// `Wafv2.WAFInvalidOperationException`
    pub const WAF_INVALID_OPERATION: &str = "Wafv2.WAFInvalidOperationException";
    /// `Wafv2.WAFInvalidParameterException`
    pub const WAF_INVALID_PARAMETER: &str = "Wafv2.WAFInvalidParameterException";
    /// `Wafv2.WAFInvalidPermissionPolicyException`
    pub const WAF_INVALID_PERMISSION_POLICY: &str = "Wafv2.WAFInvalidPermissionPolicyException";
    /// `Wafv2.WAFInvalidResourceException`
    pub const WAF_INVALID_RESOURCE: &str = "Wafv2.WAFInvalidResourceException";
    /// `Wafv2.WAFLimitsExceededException`
    pub const WAF_LIMITS_EXCEEDED: &str = "Wafv2.WAFLimitsExceededException";
    /// `Wafv2.WAFLogDestinationPermissionIssueException`
    pub const WAF_LOG_DESTINATION_PERMISSION_ISSUE: &str = "Wafv2.WAFLogDestinationPermissionIssueException";
    /// `Wafv2.WAFNonexistentItemException`
    pub const WAF_NONEXISTENT_ITEM: &str = "Wafv2.WAFNonexistentItemException";
    /// `Wafv2.WAFOptimisticLockException`
    pub const WAF_OPTIMISTIC_LOCK: &str = "Wafv2.WAFOptimisticLockException";
    /// `Wafv2.WAFServiceLinkedRoleErrorException`
    pub const WAF_SERVICE_LINKED_ROLE_ERROR: &str = "Wafv2.WAFServiceLinkedRoleErrorException";
    /// `Wafv2.WAFSubscriptionNotFoundException`
    pub const WAF_SUBSCRIPTION_NOT_FOUND: &str = "Wafv2.WAFSubscriptionNotFoundException";
    /// `Wafv2.WAFTagOperationException`
    pub const WAF_TAG_OPERATION: &str = "Wafv2.WAFTagOperationException";
    /// `Wafv2.WAFTagOperationInternalErrorException`
    pub const WAF_TAG_OPERATION_INTERNAL_ERROR: &str = "Wafv2.WAFTagOperationInternalErrorException";
    /// `Wafv2.WAFUnavailableEntityException`
    pub const WAF_UNAVAILABLE_ENTITY: &str = "Wafv2.WAFUnavailableEntityException";
    /// `Wafv2.WAFUnsupportedAggregateKeyTypeException`
    pub const WAF_UNSUPPORTED_AGGREGATE_KEY_TYPE: &str = "Wafv2.WAFUnsupportedAggregateKeyTypeException";
}

/// `aws-sdk:wellarchitected` errors.
pub mod wellarchitected {
    /// `WellArchitected.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "WellArchitected.AccessDeniedException";
    /// `WellArchitected.ConflictException`
    pub const CONFLICT: &str = "WellArchitected.ConflictException";
    /// `WellArchitected.InternalServerException`
    pub const INTERNAL_SERVER: &str = "WellArchitected.InternalServerException";
    /// `WellArchitected.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "WellArchitected.ResourceNotFoundException";
    /// `WellArchitected.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "WellArchitected.ServiceQuotaExceededException";
    /// `WellArchitected.ThrottlingException`
    pub const THROTTLING: &str = "WellArchitected.ThrottlingException";
    /// `WellArchitected.ValidationException`
    pub const VALIDATION: &str = "WellArchitected.ValidationException";
}

/// `aws-sdk:wickr` errors.
pub mod wickr {
    /// `Wickr.BadRequestErrorException`
    pub const BAD_REQUEST_ERROR: &str = "Wickr.BadRequestErrorException";
    /// `Wickr.ForbiddenErrorException`
    pub const FORBIDDEN_ERROR: &str = "Wickr.ForbiddenErrorException";
    /// `Wickr.InternalServerErrorException`
    pub const INTERNAL_SERVER_ERROR: &str = "Wickr.InternalServerErrorException";
    /// `Wickr.RateLimitErrorException`
    pub const RATE_LIMIT_ERROR: &str = "Wickr.RateLimitErrorException";
    /// `Wickr.ResourceNotFoundErrorException`
    pub const RESOURCE_NOT_FOUND_ERROR: &str = "Wickr.ResourceNotFoundErrorException";
    /// `Wickr.UnauthorizedErrorException`
    pub const UNAUTHORIZED_ERROR: &str = "Wickr.UnauthorizedErrorException";
    /// `Wickr.ValidationErrorException`
    pub const VALIDATION_ERROR: &str = "Wickr.ValidationErrorException";
}

/// `aws-sdk:wisdom` errors.
pub mod wisdom {
    /// `Wisdom.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "Wisdom.AccessDeniedException";
    /// `Wisdom.ConflictException`
    pub const CONFLICT: &str = "Wisdom.ConflictException";
    /// `Wisdom.PreconditionFailedException`
    pub const PRECONDITION_FAILED: &str = "Wisdom.PreconditionFailedException";
    /// `Wisdom.RequestTimeoutException`
    pub const REQUEST_TIMEOUT: &str = "Wisdom.RequestTimeoutException";
    /// `Wisdom.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "Wisdom.ResourceNotFoundException";
    /// `Wisdom.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "Wisdom.ServiceQuotaExceededException";
    /// `Wisdom.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "Wisdom.TooManyTagsException";
    /// `Wisdom.ValidationException`
    pub const VALIDATION: &str = "Wisdom.ValidationException";
}

/// `aws-sdk:workdocs` errors.
pub mod workdocs {
    /// `WorkDocs.ConcurrentModificationException`
    pub const CONCURRENT_MODIFICATION: &str = "WorkDocs.ConcurrentModificationException";
    /// `WorkDocs.ConflictingOperationException`
    pub const CONFLICTING_OPERATION: &str = "WorkDocs.ConflictingOperationException";
    /// `WorkDocs.CustomMetadataLimitExceededException`
    pub const CUSTOM_METADATA_LIMIT_EXCEEDED: &str = "WorkDocs.CustomMetadataLimitExceededException";
    /// `WorkDocs.DeactivatingLastSystemUserException`
    pub const DEACTIVATING_LAST_SYSTEM_USER: &str = "WorkDocs.DeactivatingLastSystemUserException";
    /// `WorkDocs.DocumentLockedForCommentsException`
    pub const DOCUMENT_LOCKED_FOR_COMMENTS: &str = "WorkDocs.DocumentLockedForCommentsException";
    /// `WorkDocs.DraftUploadOutOfSyncException`
    pub const DRAFT_UPLOAD_OUT_OF_SYNC: &str = "WorkDocs.DraftUploadOutOfSyncException";
    /// `WorkDocs.EntityAlreadyExistsException`
    pub const ENTITY_ALREADY_EXISTS: &str = "WorkDocs.EntityAlreadyExistsException";
    /// `WorkDocs.EntityNotExistsException`
    pub const ENTITY_NOT_EXISTS: &str = "WorkDocs.EntityNotExistsException";
    /// `WorkDocs.FailedDependencyException`
    pub const FAILED_DEPENDENCY: &str = "WorkDocs.FailedDependencyException";
    /// `WorkDocs.IllegalUserStateException`
    pub const ILLEGAL_USER_STATE: &str = "WorkDocs.IllegalUserStateException";
    /// `WorkDocs.InvalidArgumentException`
    pub const INVALID_ARGUMENT: &str = "WorkDocs.InvalidArgumentException";
    /// `WorkDocs.InvalidCommentOperationException`
    pub const INVALID_COMMENT_OPERATION: &str = "WorkDocs.InvalidCommentOperationException";
    /// `WorkDocs.InvalidOperationException`
    pub const INVALID_OPERATION: &str = "WorkDocs.InvalidOperationException";
    /// `WorkDocs.InvalidPasswordException`
    pub const INVALID_PASSWORD: &str = "WorkDocs.InvalidPasswordException";
    /// `WorkDocs.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "WorkDocs.LimitExceededException";
    /// `WorkDocs.ProhibitedStateException`
    pub const PROHIBITED_STATE: &str = "WorkDocs.ProhibitedStateException";
    /// `WorkDocs.RequestedEntityTooLargeException`
    pub const REQUESTED_ENTITY_TOO_LARGE: &str = "WorkDocs.RequestedEntityTooLargeException";
    /// `WorkDocs.ResourceAlreadyCheckedOutException`
    pub const RESOURCE_ALREADY_CHECKED_OUT: &str = "WorkDocs.ResourceAlreadyCheckedOutException";
    /// `WorkDocs.ServiceUnavailableException`
    pub const SERVICE_UNAVAILABLE: &str = "WorkDocs.ServiceUnavailableException";
    /// `WorkDocs.StorageLimitExceededException`
    pub const STORAGE_LIMIT_EXCEEDED: &str = "WorkDocs.StorageLimitExceededException";
    /// `WorkDocs.StorageLimitWillExceedException`
    pub const STORAGE_LIMIT_WILL_EXCEED: &str = "WorkDocs.StorageLimitWillExceedException";
    /// `WorkDocs.TooManyLabelsException`
    pub const TOO_MANY_LABELS: &str = "WorkDocs.TooManyLabelsException";
    /// `WorkDocs.TooManySubscriptionsException`
    pub const TOO_MANY_SUBSCRIPTIONS: &str = "WorkDocs.TooManySubscriptionsException";
    /// `WorkDocs.UnauthorizedOperationException`
    pub const UNAUTHORIZED_OPERATION: &str = "WorkDocs.UnauthorizedOperationException";
    /// `WorkDocs.UnauthorizedResourceAccessException`
    pub const UNAUTHORIZED_RESOURCE_ACCESS: &str = "WorkDocs.UnauthorizedResourceAccessException";
}

/// `aws-sdk:workmail` errors.
pub mod workmail {
    /// `WorkMail.DirectoryInUseException`
    pub const DIRECTORY_IN_USE: &str = "WorkMail.DirectoryInUseException";
    /// `WorkMail.DirectoryServiceAuthenticationFailedException`
    pub const DIRECTORY_SERVICE_AUTHENTICATION_FAILED: &str = "WorkMail.DirectoryServiceAuthenticationFailedException";
    /// `WorkMail.DirectoryUnavailableException`
    pub const DIRECTORY_UNAVAILABLE: &str = "WorkMail.DirectoryUnavailableException";
    /// `WorkMail.EmailAddressInUseException`
    pub const EMAIL_ADDRESS_IN_USE: &str = "WorkMail.EmailAddressInUseException";
    /// `WorkMail.EntityAlreadyRegisteredException`
    pub const ENTITY_ALREADY_REGISTERED: &str = "WorkMail.EntityAlreadyRegisteredException";
    /// `WorkMail.EntityNotFoundException`
    pub const ENTITY_NOT_FOUND: &str = "WorkMail.EntityNotFoundException";
    /// `WorkMail.EntityStateException`
    pub const ENTITY_STATE: &str = "WorkMail.EntityStateException";
    /// `WorkMail.InvalidConfigurationException`
    pub const INVALID_CONFIGURATION: &str = "WorkMail.InvalidConfigurationException";
    /// `WorkMail.InvalidCustomSesConfigurationException`
    pub const INVALID_CUSTOM_SES_CONFIGURATION: &str = "WorkMail.InvalidCustomSesConfigurationException";
    /// `WorkMail.InvalidParameterException`
    pub const INVALID_PARAMETER: &str = "WorkMail.InvalidParameterException";
    /// `WorkMail.InvalidPasswordException`
    pub const INVALID_PASSWORD: &str = "WorkMail.InvalidPasswordException";
    /// `WorkMail.LimitExceededException`
    pub const LIMIT_EXCEEDED: &str = "WorkMail.LimitExceededException";
    /// `WorkMail.MailDomainInUseException`
    pub const MAIL_DOMAIN_IN_USE: &str = "WorkMail.MailDomainInUseException";
    /// `WorkMail.MailDomainNotFoundException`
    pub const MAIL_DOMAIN_NOT_FOUND: &str = "WorkMail.MailDomainNotFoundException";
    /// `WorkMail.MailDomainStateException`
    pub const MAIL_DOMAIN_STATE: &str = "WorkMail.MailDomainStateException";
    /// `WorkMail.NameAvailabilityException`
    pub const NAME_AVAILABILITY: &str = "WorkMail.NameAvailabilityException";
    /// `WorkMail.OrganizationNotFoundException`
    pub const ORGANIZATION_NOT_FOUND: &str = "WorkMail.OrganizationNotFoundException";
    /// `WorkMail.OrganizationStateException`
    pub const ORGANIZATION_STATE: &str = "WorkMail.OrganizationStateException";
    /// `WorkMail.ReservedNameException`
    pub const RESERVED_NAME: &str = "WorkMail.ReservedNameException";
    /// `WorkMail.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "WorkMail.ResourceNotFoundException";
    /// `WorkMail.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "WorkMail.TooManyTagsException";
    /// `WorkMail.UnsupportedOperationException`
    pub const UNSUPPORTED_OPERATION: &str = "WorkMail.UnsupportedOperationException";
}

/// `aws-sdk:workmailmessageflow` errors.
pub mod workmailmessageflow {
    /// `WorkMailMessageFlow.InvalidContentLocationException`
    pub const INVALID_CONTENT_LOCATION: &str = "WorkMailMessageFlow.InvalidContentLocationException";
    /// `WorkMailMessageFlow.MessageFrozenException`
    pub const MESSAGE_FROZEN: &str = "WorkMailMessageFlow.MessageFrozenException";
    /// `WorkMailMessageFlow.MessageRejectedException`
    pub const MESSAGE_REJECTED: &str = "WorkMailMessageFlow.MessageRejectedException";
    /// `WorkMailMessageFlow.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "WorkMailMessageFlow.ResourceNotFoundException";
}

/// `aws-sdk:workspaces` errors.
pub mod workspaces {
    /// `WorkSpaces.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "WorkSpaces.AccessDeniedException";
    /// `WorkSpaces.ApplicationNotSupportedException`
    pub const APPLICATION_NOT_SUPPORTED: &str = "WorkSpaces.ApplicationNotSupportedException";
    /// `WorkSpaces.ComputeNotCompatibleException`
    pub const COMPUTE_NOT_COMPATIBLE: &str = "WorkSpaces.ComputeNotCompatibleException";
    /// `WorkSpaces.ConflictException`
    pub const CONFLICT: &str = "WorkSpaces.ConflictException";
    /// `WorkSpaces.IncompatibleApplicationsException`
    pub const INCOMPATIBLE_APPLICATIONS: &str = "WorkSpaces.IncompatibleApplicationsException";
    /// `WorkSpaces.InternalServerException`
    pub const INTERNAL_SERVER: &str = "WorkSpaces.InternalServerException";
    /// `WorkSpaces.InvalidParameterCombinationException`
    pub const INVALID_PARAMETER_COMBINATION: &str = "WorkSpaces.InvalidParameterCombinationException";
    /// `WorkSpaces.InvalidParameterValuesException`
    pub const INVALID_PARAMETER_VALUES: &str = "WorkSpaces.InvalidParameterValuesException";
    /// `WorkSpaces.InvalidResourceStateException`
    pub const INVALID_RESOURCE_STATE: &str = "WorkSpaces.InvalidResourceStateException";
    /// `WorkSpaces.OperatingSystemNotCompatibleException`
    pub const OPERATING_SYSTEM_NOT_COMPATIBLE: &str = "WorkSpaces.OperatingSystemNotCompatibleException";
    /// `WorkSpaces.OperationInProgressException`
    pub const OPERATION_IN_PROGRESS: &str = "WorkSpaces.OperationInProgressException";
    /// `WorkSpaces.OperationNotSupportedException`
    pub const OPERATION_NOT_SUPPORTED: &str = "WorkSpaces.OperationNotSupportedException";
    /// `WorkSpaces.ResourceAlreadyExistsException`
    pub const RESOURCE_ALREADY_EXISTS: &str = "WorkSpaces.ResourceAlreadyExistsException";
    /// `WorkSpaces.ResourceAssociatedException`
    pub const RESOURCE_ASSOCIATED: &str = "WorkSpaces.ResourceAssociatedException";
    /// `WorkSpaces.ResourceCreationFailedException`
    pub const RESOURCE_CREATION_FAILED: &str = "WorkSpaces.ResourceCreationFailedException";
    /// `WorkSpaces.ResourceInUseException`
    pub const RESOURCE_IN_USE: &str = "WorkSpaces.ResourceInUseException";
    /// `WorkSpaces.ResourceLimitExceededException`
    pub const RESOURCE_LIMIT_EXCEEDED: &str = "WorkSpaces.ResourceLimitExceededException";
    /// `WorkSpaces.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "WorkSpaces.ResourceNotFoundException";
    /// `WorkSpaces.ResourceUnavailableException`
    pub const RESOURCE_UNAVAILABLE: &str = "WorkSpaces.ResourceUnavailableException";
    /// `WorkSpaces.UnsupportedNetworkConfigurationException`
    pub const UNSUPPORTED_NETWORK_CONFIGURATION: &str = "WorkSpaces.UnsupportedNetworkConfigurationException";
    /// `WorkSpaces.UnsupportedWorkspaceConfigurationException`
    pub const UNSUPPORTED_WORKSPACE_CONFIGURATION: &str = "WorkSpaces.UnsupportedWorkspaceConfigurationException";
    /// `WorkSpaces.ValidationException`
    pub const VALIDATION: &str = "WorkSpaces.ValidationException";
    /// `WorkSpaces.WorkspacesDefaultRoleNotFoundException`
    pub const WORKSPACES_DEFAULT_ROLE_NOT_FOUND: &str = "WorkSpaces.WorkspacesDefaultRoleNotFoundException";
}

/// `aws-sdk:workspacesinstances` errors.
pub mod workspacesinstances {
    /// `WorkspacesInstances.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "WorkspacesInstances.AccessDeniedException";
    /// `WorkspacesInstances.ConflictException`
    pub const CONFLICT: &str = "WorkspacesInstances.ConflictException";
    /// `WorkspacesInstances.InternalServerException`
    pub const INTERNAL_SERVER: &str = "WorkspacesInstances.InternalServerException";
    /// `WorkspacesInstances.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "WorkspacesInstances.ResourceNotFoundException";
    /// `WorkspacesInstances.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "WorkspacesInstances.ServiceQuotaExceededException";
    /// `WorkspacesInstances.ThrottlingException`
    pub const THROTTLING: &str = "WorkspacesInstances.ThrottlingException";
    /// `WorkspacesInstances.ValidationException`
    pub const VALIDATION: &str = "WorkspacesInstances.ValidationException";
    /// `WorkspacesInstances.VolumeModificationRateExceededException`
    pub const VOLUME_MODIFICATION_RATE_EXCEEDED: &str = "WorkspacesInstances.VolumeModificationRateExceededException";
}

/// `aws-sdk:workspacesthinclient` errors.
pub mod workspacesthinclient {
    /// `WorkSpacesThinClient.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "WorkSpacesThinClient.AccessDeniedException";
    /// `WorkSpacesThinClient.ConflictException`
    pub const CONFLICT: &str = "WorkSpacesThinClient.ConflictException";
    /// `WorkSpacesThinClient.InternalServerException`
    pub const INTERNAL_SERVER: &str = "WorkSpacesThinClient.InternalServerException";
    /// `WorkSpacesThinClient.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "WorkSpacesThinClient.ResourceNotFoundException";
    /// `WorkSpacesThinClient.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "WorkSpacesThinClient.ServiceQuotaExceededException";
    /// `WorkSpacesThinClient.ThrottlingException`
    pub const THROTTLING: &str = "WorkSpacesThinClient.ThrottlingException";
    /// `WorkSpacesThinClient.ValidationException`
    pub const VALIDATION: &str = "WorkSpacesThinClient.ValidationException";
}

/// `aws-sdk:workspacesweb` errors.
pub mod workspacesweb {
    /// `WorkSpacesWeb.AccessDeniedException`
    pub const ACCESS_DENIED: &str = "WorkSpacesWeb.AccessDeniedException";
    /// `WorkSpacesWeb.ConflictException`
    pub const CONFLICT: &str = "WorkSpacesWeb.ConflictException";
    /// `WorkSpacesWeb.InternalServerException`
    pub const INTERNAL_SERVER: &str = "WorkSpacesWeb.InternalServerException";
    /// `WorkSpacesWeb.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "WorkSpacesWeb.ResourceNotFoundException";
    /// `WorkSpacesWeb.ServiceQuotaExceededException`
    pub const SERVICE_QUOTA_EXCEEDED: &str = "WorkSpacesWeb.ServiceQuotaExceededException";
    /// `WorkSpacesWeb.ThrottlingException`
    pub const THROTTLING: &str = "WorkSpacesWeb.ThrottlingException";
    /// `WorkSpacesWeb.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "WorkSpacesWeb.TooManyTagsException";
    /// `WorkSpacesWeb.ValidationException`
    pub const VALIDATION: &str = "WorkSpacesWeb.ValidationException";
}

/// `aws-sdk:xray` errors.
pub mod xray {
    /// `XRay.InvalidPolicyRevisionIdException`
    pub const INVALID_POLICY_REVISION_ID: &str = "XRay.InvalidPolicyRevisionIdException";
    /// `XRay.InvalidRequestException`
    pub const INVALID_REQUEST: &str = "XRay.InvalidRequestException";
    /// `XRay.LockoutPreventionException`
    pub const LOCKOUT_PREVENTION: &str = "XRay.LockoutPreventionException";
    /// `XRay.MalformedPolicyDocumentException`
    pub const MALFORMED_POLICY_DOCUMENT: &str = "XRay.MalformedPolicyDocumentException";
    /// `XRay.PolicyCountLimitExceededException`
    pub const POLICY_COUNT_LIMIT_EXCEEDED: &str = "XRay.PolicyCountLimitExceededException";
    /// `XRay.PolicySizeLimitExceededException`
    pub const POLICY_SIZE_LIMIT_EXCEEDED: &str = "XRay.PolicySizeLimitExceededException";
    /// `XRay.ResourceNotFoundException`
    pub const RESOURCE_NOT_FOUND: &str = "XRay.ResourceNotFoundException";
    /// `XRay.RuleLimitExceededException`
    pub const RULE_LIMIT_EXCEEDED: &str = "XRay.RuleLimitExceededException";
    /// `XRay.ThrottledException`
    pub const THROTTLED: &str = "XRay.ThrottledException";
    /// `XRay.TooManyTagsException`
    pub const TOO_MANY_TAGS: &str = "XRay.TooManyTagsException";
}
