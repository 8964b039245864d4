// Written by tools/catalog/generate.py: do not edit.
// botocore 1.44.8

/// (Step Functions service name, its catalog entry as JSON), sorted by name.
pub(super) static SERVICES: &[(&str, &str)] = &[
    (
        "abusesignal",
        include_str!("../../catalog/abusesignal.json"),
    ),
    (
        "accessanalyzer",
        include_str!("../../catalog/accessanalyzer.json"),
    ),
    ("account", include_str!("../../catalog/account.json")),
    (
        "accountaccess",
        include_str!("../../catalog/accountaccess.json"),
    ),
    (
        "accountaccessruntime",
        include_str!("../../catalog/accountaccessruntime.json"),
    ),
    ("acm", include_str!("../../catalog/acm.json")),
    ("acmpca", include_str!("../../catalog/acmpca.json")),
    (
        "agentdiscovery",
        include_str!("../../catalog/agentdiscovery.json"),
    ),
    (
        "agentregistry",
        include_str!("../../catalog/agentregistry.json"),
    ),
    (
        "agentregistrycontrol",
        include_str!("../../catalog/agentregistrycontrol.json"),
    ),
    ("aiops", include_str!("../../catalog/aiops.json")),
    ("amp", include_str!("../../catalog/amp.json")),
    ("amplify", include_str!("../../catalog/amplify.json")),
    (
        "amplifybackend",
        include_str!("../../catalog/amplifybackend.json"),
    ),
    (
        "amplifyuibuilder",
        include_str!("../../catalog/amplifyuibuilder.json"),
    ),
    ("apigateway", include_str!("../../catalog/apigateway.json")),
    (
        "apigatewaymanagementapi",
        include_str!("../../catalog/apigatewaymanagementapi.json"),
    ),
    (
        "apigatewayv2",
        include_str!("../../catalog/apigatewayv2.json"),
    ),
    ("apiportal", include_str!("../../catalog/apiportal.json")),
    ("appconfig", include_str!("../../catalog/appconfig.json")),
    (
        "appconfigdata",
        include_str!("../../catalog/appconfigdata.json"),
    ),
    ("appfabric", include_str!("../../catalog/appfabric.json")),
    ("appflow", include_str!("../../catalog/appflow.json")),
    (
        "appintegrations",
        include_str!("../../catalog/appintegrations.json"),
    ),
    (
        "applicationautoscaling",
        include_str!("../../catalog/applicationautoscaling.json"),
    ),
    (
        "applicationcostprofiler",
        include_str!("../../catalog/applicationcostprofiler.json"),
    ),
    (
        "applicationdiscovery",
        include_str!("../../catalog/applicationdiscovery.json"),
    ),
    (
        "applicationinsights",
        include_str!("../../catalog/applicationinsights.json"),
    ),
    (
        "applicationsignals",
        include_str!("../../catalog/applicationsignals.json"),
    ),
    ("appmesh", include_str!("../../catalog/appmesh.json")),
    ("apprunner", include_str!("../../catalog/apprunner.json")),
    ("appstream", include_str!("../../catalog/appstream.json")),
    ("appsync", include_str!("../../catalog/appsync.json")),
    (
        "arcregionswitch",
        include_str!("../../catalog/arcregionswitch.json"),
    ),
    (
        "arczonalshift",
        include_str!("../../catalog/arczonalshift.json"),
    ),
    ("artifact", include_str!("../../catalog/artifact.json")),
    ("athena", include_str!("../../catalog/athena.json")),
    (
        "auditmanager",
        include_str!("../../catalog/auditmanager.json"),
    ),
    (
        "autoscaling",
        include_str!("../../catalog/autoscaling.json"),
    ),
    (
        "autoscalingplans",
        include_str!("../../catalog/autoscalingplans.json"),
    ),
    ("b2bi", include_str!("../../catalog/b2bi.json")),
    ("backup", include_str!("../../catalog/backup.json")),
    (
        "backupgateway",
        include_str!("../../catalog/backupgateway.json"),
    ),
    (
        "backupsearch",
        include_str!("../../catalog/backupsearch.json"),
    ),
    ("batch", include_str!("../../catalog/batch.json")),
    (
        "bcmdashboards",
        include_str!("../../catalog/bcmdashboards.json"),
    ),
    (
        "bcmdataexports",
        include_str!("../../catalog/bcmdataexports.json"),
    ),
    (
        "bcmpricingcalculator",
        include_str!("../../catalog/bcmpricingcalculator.json"),
    ),
    (
        "bcmrecommendedactions",
        include_str!("../../catalog/bcmrecommendedactions.json"),
    ),
    ("bedrock", include_str!("../../catalog/bedrock.json")),
    (
        "bedrockagent",
        include_str!("../../catalog/bedrockagent.json"),
    ),
    (
        "bedrockagentcore",
        include_str!("../../catalog/bedrockagentcore.json"),
    ),
    (
        "bedrockagentcorecontrol",
        include_str!("../../catalog/bedrockagentcorecontrol.json"),
    ),
    (
        "bedrockagentruntime",
        include_str!("../../catalog/bedrockagentruntime.json"),
    ),
    (
        "bedrockdataautomation",
        include_str!("../../catalog/bedrockdataautomation.json"),
    ),
    (
        "bedrockdataautomationruntime",
        include_str!("../../catalog/bedrockdataautomationruntime.json"),
    ),
    (
        "bedrockruntime",
        include_str!("../../catalog/bedrockruntime.json"),
    ),
    ("billing", include_str!("../../catalog/billing.json")),
    (
        "billingconductor",
        include_str!("../../catalog/billingconductor.json"),
    ),
    ("braket", include_str!("../../catalog/braket.json")),
    ("budgets", include_str!("../../catalog/budgets.json")),
    ("chatbot", include_str!("../../catalog/chatbot.json")),
    ("chime", include_str!("../../catalog/chime.json")),
    (
        "chimesdkidentity",
        include_str!("../../catalog/chimesdkidentity.json"),
    ),
    (
        "chimesdkmediapipelines",
        include_str!("../../catalog/chimesdkmediapipelines.json"),
    ),
    (
        "chimesdkmeetings",
        include_str!("../../catalog/chimesdkmeetings.json"),
    ),
    (
        "chimesdkmessaging",
        include_str!("../../catalog/chimesdkmessaging.json"),
    ),
    (
        "chimesdkvoice",
        include_str!("../../catalog/chimesdkvoice.json"),
    ),
    ("cleanrooms", include_str!("../../catalog/cleanrooms.json")),
    (
        "cleanroomsml",
        include_str!("../../catalog/cleanroomsml.json"),
    ),
    ("cloud9", include_str!("../../catalog/cloud9.json")),
    (
        "cloudcontrol",
        include_str!("../../catalog/cloudcontrol.json"),
    ),
    (
        "clouddirectory",
        include_str!("../../catalog/clouddirectory.json"),
    ),
    (
        "cloudformation",
        include_str!("../../catalog/cloudformation.json"),
    ),
    ("cloudfront", include_str!("../../catalog/cloudfront.json")),
    (
        "cloudfrontkeyvaluestore",
        include_str!("../../catalog/cloudfrontkeyvaluestore.json"),
    ),
    ("cloudhsm", include_str!("../../catalog/cloudhsm.json")),
    ("cloudhsmv2", include_str!("../../catalog/cloudhsmv2.json")),
    (
        "cloudsearch",
        include_str!("../../catalog/cloudsearch.json"),
    ),
    (
        "cloudsearchdomain",
        include_str!("../../catalog/cloudsearchdomain.json"),
    ),
    ("cloudtrail", include_str!("../../catalog/cloudtrail.json")),
    (
        "cloudtraildata",
        include_str!("../../catalog/cloudtraildata.json"),
    ),
    ("cloudwatch", include_str!("../../catalog/cloudwatch.json")),
    (
        "cloudwatchlogs",
        include_str!("../../catalog/cloudwatchlogs.json"),
    ),
    (
        "cloudwatchomni",
        include_str!("../../catalog/cloudwatchomni.json"),
    ),
    (
        "codeartifact",
        include_str!("../../catalog/codeartifact.json"),
    ),
    ("codebuild", include_str!("../../catalog/codebuild.json")),
    (
        "codecatalyst",
        include_str!("../../catalog/codecatalyst.json"),
    ),
    ("codecommit", include_str!("../../catalog/codecommit.json")),
    (
        "codeconnections",
        include_str!("../../catalog/codeconnections.json"),
    ),
    ("codedeploy", include_str!("../../catalog/codedeploy.json")),
    (
        "codeguruprofiler",
        include_str!("../../catalog/codeguruprofiler.json"),
    ),
    (
        "codegurureviewer",
        include_str!("../../catalog/codegurureviewer.json"),
    ),
    (
        "codegurusecurity",
        include_str!("../../catalog/codegurusecurity.json"),
    ),
    (
        "codepipeline",
        include_str!("../../catalog/codepipeline.json"),
    ),
    (
        "codestarconnections",
        include_str!("../../catalog/codestarconnections.json"),
    ),
    (
        "codestarnotifications",
        include_str!("../../catalog/codestarnotifications.json"),
    ),
    (
        "cognitoidentity",
        include_str!("../../catalog/cognitoidentity.json"),
    ),
    (
        "cognitoidentityprovider",
        include_str!("../../catalog/cognitoidentityprovider.json"),
    ),
    (
        "cognitosync",
        include_str!("../../catalog/cognitosync.json"),
    ),
    ("comprehend", include_str!("../../catalog/comprehend.json")),
    (
        "comprehendmedical",
        include_str!("../../catalog/comprehendmedical.json"),
    ),
    (
        "computeoptimizer",
        include_str!("../../catalog/computeoptimizer.json"),
    ),
    (
        "computeoptimizerautomation",
        include_str!("../../catalog/computeoptimizerautomation.json"),
    ),
    ("config", include_str!("../../catalog/config.json")),
    ("connect", include_str!("../../catalog/connect.json")),
    (
        "connectcampaigns",
        include_str!("../../catalog/connectcampaigns.json"),
    ),
    (
        "connectcampaignsv2",
        include_str!("../../catalog/connectcampaignsv2.json"),
    ),
    (
        "connectcases",
        include_str!("../../catalog/connectcases.json"),
    ),
    (
        "connectcontactlens",
        include_str!("../../catalog/connectcontactlens.json"),
    ),
    (
        "connecthealth",
        include_str!("../../catalog/connecthealth.json"),
    ),
    (
        "connectparticipant",
        include_str!("../../catalog/connectparticipant.json"),
    ),
    (
        "connectscheduling",
        include_str!("../../catalog/connectscheduling.json"),
    ),
    ("continuum", include_str!("../../catalog/continuum.json")),
    (
        "controlcatalog",
        include_str!("../../catalog/controlcatalog.json"),
    ),
    (
        "controltower",
        include_str!("../../catalog/controltower.json"),
    ),
    (
        "costandusagereport",
        include_str!("../../catalog/costandusagereport.json"),
    ),
    (
        "costexplorer",
        include_str!("../../catalog/costexplorer.json"),
    ),
    (
        "costoptimizationhub",
        include_str!("../../catalog/costoptimizationhub.json"),
    ),
    (
        "customerprofiles",
        include_str!("../../catalog/customerprofiles.json"),
    ),
    (
        "databasemigration",
        include_str!("../../catalog/databasemigration.json"),
    ),
    ("databrew", include_str!("../../catalog/databrew.json")),
    (
        "dataexchange",
        include_str!("../../catalog/dataexchange.json"),
    ),
    (
        "datapipeline",
        include_str!("../../catalog/datapipeline.json"),
    ),
    ("datasync", include_str!("../../catalog/datasync.json")),
    ("datazone", include_str!("../../catalog/datazone.json")),
    ("dax", include_str!("../../catalog/dax.json")),
    ("deadline", include_str!("../../catalog/deadline.json")),
    ("detective", include_str!("../../catalog/detective.json")),
    ("devicefarm", include_str!("../../catalog/devicefarm.json")),
    (
        "devopsagent",
        include_str!("../../catalog/devopsagent.json"),
    ),
    ("devopsguru", include_str!("../../catalog/devopsguru.json")),
    (
        "directconnect",
        include_str!("../../catalog/directconnect.json"),
    ),
    ("directory", include_str!("../../catalog/directory.json")),
    (
        "directoryservicedata",
        include_str!("../../catalog/directoryservicedata.json"),
    ),
    ("dlm", include_str!("../../catalog/dlm.json")),
    ("docdb", include_str!("../../catalog/docdb.json")),
    (
        "docdbelastic",
        include_str!("../../catalog/docdbelastic.json"),
    ),
    ("drs", include_str!("../../catalog/drs.json")),
    ("dsql", include_str!("../../catalog/dsql.json")),
    ("dynamodb", include_str!("../../catalog/dynamodb.json")),
    (
        "dynamodbstreams",
        include_str!("../../catalog/dynamodbstreams.json"),
    ),
    ("ebs", include_str!("../../catalog/ebs.json")),
    ("ec2", include_str!("../../catalog/ec2.json")),
    (
        "ec2instanceconnect",
        include_str!("../../catalog/ec2instanceconnect.json"),
    ),
    ("ecr", include_str!("../../catalog/ecr.json")),
    ("ecrpublic", include_str!("../../catalog/ecrpublic.json")),
    ("ecs", include_str!("../../catalog/ecs.json")),
    ("efs", include_str!("../../catalog/efs.json")),
    ("eks", include_str!("../../catalog/eks.json")),
    ("eksauth", include_str!("../../catalog/eksauth.json")),
    (
        "elasticache",
        include_str!("../../catalog/elasticache.json"),
    ),
    (
        "elasticbeanstalk",
        include_str!("../../catalog/elasticbeanstalk.json"),
    ),
    (
        "elasticloadbalancing",
        include_str!("../../catalog/elasticloadbalancing.json"),
    ),
    (
        "elasticloadbalancingv2",
        include_str!("../../catalog/elasticloadbalancingv2.json"),
    ),
    (
        "elasticsearch",
        include_str!("../../catalog/elasticsearch.json"),
    ),
    (
        "elementalinference",
        include_str!("../../catalog/elementalinference.json"),
    ),
    ("emr", include_str!("../../catalog/emr.json")),
    (
        "emrcontainers",
        include_str!("../../catalog/emrcontainers.json"),
    ),
    (
        "emrserverless",
        include_str!("../../catalog/emrserverless.json"),
    ),
    (
        "endusermessaging",
        include_str!("../../catalog/endusermessaging.json"),
    ),
    (
        "entityresolution",
        include_str!("../../catalog/entityresolution.json"),
    ),
    (
        "eventbridge",
        include_str!("../../catalog/eventbridge.json"),
    ),
    (
        "eventbridgev2",
        include_str!("../../catalog/eventbridgev2.json"),
    ),
    ("evs", include_str!("../../catalog/evs.json")),
    ("firehose", include_str!("../../catalog/firehose.json")),
    ("fis", include_str!("../../catalog/fis.json")),
    ("fms", include_str!("../../catalog/fms.json")),
    ("forecast", include_str!("../../catalog/forecast.json")),
    (
        "forecastquery",
        include_str!("../../catalog/forecastquery.json"),
    ),
    (
        "frauddetector",
        include_str!("../../catalog/frauddetector.json"),
    ),
    ("freetier", include_str!("../../catalog/freetier.json")),
    ("fsx", include_str!("../../catalog/fsx.json")),
    ("gamelift", include_str!("../../catalog/gamelift.json")),
    (
        "gameliftstreams",
        include_str!("../../catalog/gameliftstreams.json"),
    ),
    ("geomaps", include_str!("../../catalog/geomaps.json")),
    ("geoplaces", include_str!("../../catalog/geoplaces.json")),
    ("georoutes", include_str!("../../catalog/georoutes.json")),
    ("glacier", include_str!("../../catalog/glacier.json")),
    (
        "globalaccelerator",
        include_str!("../../catalog/globalaccelerator.json"),
    ),
    ("glue", include_str!("../../catalog/glue.json")),
    ("grafana", include_str!("../../catalog/grafana.json")),
    ("greengrass", include_str!("../../catalog/greengrass.json")),
    (
        "greengrassv2",
        include_str!("../../catalog/greengrassv2.json"),
    ),
    (
        "groundstation",
        include_str!("../../catalog/groundstation.json"),
    ),
    ("guardduty", include_str!("../../catalog/guardduty.json")),
    ("health", include_str!("../../catalog/health.json")),
    ("healthlake", include_str!("../../catalog/healthlake.json")),
    ("iam", include_str!("../../catalog/iam.json")),
    ("iamtoolbox", include_str!("../../catalog/iamtoolbox.json")),
    (
        "identitystore",
        include_str!("../../catalog/identitystore.json"),
    ),
    (
        "imagebuilder",
        include_str!("../../catalog/imagebuilder.json"),
    ),
    (
        "importexport",
        include_str!("../../catalog/importexport.json"),
    ),
    ("inspector", include_str!("../../catalog/inspector.json")),
    ("inspector2", include_str!("../../catalog/inspector2.json")),
    (
        "inspectorscan",
        include_str!("../../catalog/inspectorscan.json"),
    ),
    (
        "interconnect",
        include_str!("../../catalog/interconnect.json"),
    ),
    (
        "internetmonitor",
        include_str!("../../catalog/internetmonitor.json"),
    ),
    ("invoicing", include_str!("../../catalog/invoicing.json")),
    ("iot", include_str!("../../catalog/iot.json")),
    (
        "iotdataplane",
        include_str!("../../catalog/iotdataplane.json"),
    ),
    (
        "iotdeviceadvisor",
        include_str!("../../catalog/iotdeviceadvisor.json"),
    ),
    (
        "iotfleetwise",
        include_str!("../../catalog/iotfleetwise.json"),
    ),
    (
        "iotjobsdataplane",
        include_str!("../../catalog/iotjobsdataplane.json"),
    ),
    (
        "iotmanagedintegrations",
        include_str!("../../catalog/iotmanagedintegrations.json"),
    ),
    (
        "iotsecuretunneling",
        include_str!("../../catalog/iotsecuretunneling.json"),
    ),
    (
        "iotsitewise",
        include_str!("../../catalog/iotsitewise.json"),
    ),
    (
        "iotthingsgraph",
        include_str!("../../catalog/iotthingsgraph.json"),
    ),
    (
        "iottwinmaker",
        include_str!("../../catalog/iottwinmaker.json"),
    ),
    (
        "iotwireless",
        include_str!("../../catalog/iotwireless.json"),
    ),
    ("ivs", include_str!("../../catalog/ivs.json")),
    ("ivschat", include_str!("../../catalog/ivschat.json")),
    (
        "ivsrealtime",
        include_str!("../../catalog/ivsrealtime.json"),
    ),
    ("kafka", include_str!("../../catalog/kafka.json")),
    (
        "kafkaconnect",
        include_str!("../../catalog/kafkaconnect.json"),
    ),
    ("kendra", include_str!("../../catalog/kendra.json")),
    (
        "kendraranking",
        include_str!("../../catalog/kendraranking.json"),
    ),
    ("keyspaces", include_str!("../../catalog/keyspaces.json")),
    (
        "keyspacesstreams",
        include_str!("../../catalog/keyspacesstreams.json"),
    ),
    ("kinesis", include_str!("../../catalog/kinesis.json")),
    (
        "kinesisanalytics",
        include_str!("../../catalog/kinesisanalytics.json"),
    ),
    (
        "kinesisanalyticsv2",
        include_str!("../../catalog/kinesisanalyticsv2.json"),
    ),
    (
        "kinesisvideo",
        include_str!("../../catalog/kinesisvideo.json"),
    ),
    (
        "kinesisvideoarchivedmedia",
        include_str!("../../catalog/kinesisvideoarchivedmedia.json"),
    ),
    (
        "kinesisvideomedia",
        include_str!("../../catalog/kinesisvideomedia.json"),
    ),
    (
        "kinesisvideosignaling",
        include_str!("../../catalog/kinesisvideosignaling.json"),
    ),
    (
        "kinesisvideowebrtcstorage",
        include_str!("../../catalog/kinesisvideowebrtcstorage.json"),
    ),
    ("kms", include_str!("../../catalog/kms.json")),
    (
        "lakeformation",
        include_str!("../../catalog/lakeformation.json"),
    ),
    ("lambda", include_str!("../../catalog/lambda.json")),
    ("lambdacore", include_str!("../../catalog/lambdacore.json")),
    (
        "lambdamicrovms",
        include_str!("../../catalog/lambdamicrovms.json"),
    ),
    ("lambdaweb", include_str!("../../catalog/lambdaweb.json")),
    (
        "launchwizard",
        include_str!("../../catalog/launchwizard.json"),
    ),
    (
        "lexmodelbuilding",
        include_str!("../../catalog/lexmodelbuilding.json"),
    ),
    (
        "lexmodelsv2",
        include_str!("../../catalog/lexmodelsv2.json"),
    ),
    ("lexruntime", include_str!("../../catalog/lexruntime.json")),
    (
        "lexruntimev2",
        include_str!("../../catalog/lexruntimev2.json"),
    ),
    (
        "licensemanager",
        include_str!("../../catalog/licensemanager.json"),
    ),
    (
        "licensemanagerlinuxsubscriptions",
        include_str!("../../catalog/licensemanagerlinuxsubscriptions.json"),
    ),
    (
        "licensemanagerusersubscriptions",
        include_str!("../../catalog/licensemanagerusersubscriptions.json"),
    ),
    ("lightsail", include_str!("../../catalog/lightsail.json")),
    ("location", include_str!("../../catalog/location.json")),
    (
        "lookoutequipment",
        include_str!("../../catalog/lookoutequipment.json"),
    ),
    ("m2", include_str!("../../catalog/m2.json")),
    (
        "machinelearning",
        include_str!("../../catalog/machinelearning.json"),
    ),
    ("macie2", include_str!("../../catalog/macie2.json")),
    (
        "mailmanager",
        include_str!("../../catalog/mailmanager.json"),
    ),
    (
        "managedblockchain",
        include_str!("../../catalog/managedblockchain.json"),
    ),
    (
        "managedblockchainquery",
        include_str!("../../catalog/managedblockchainquery.json"),
    ),
    (
        "marketplaceagreement",
        include_str!("../../catalog/marketplaceagreement.json"),
    ),
    (
        "marketplacecatalog",
        include_str!("../../catalog/marketplacecatalog.json"),
    ),
    (
        "marketplacecommerceanalytics",
        include_str!("../../catalog/marketplacecommerceanalytics.json"),
    ),
    (
        "marketplacedeployment",
        include_str!("../../catalog/marketplacedeployment.json"),
    ),
    (
        "marketplacediscovery",
        include_str!("../../catalog/marketplacediscovery.json"),
    ),
    (
        "marketplaceentitlement",
        include_str!("../../catalog/marketplaceentitlement.json"),
    ),
    (
        "marketplacemetering",
        include_str!("../../catalog/marketplacemetering.json"),
    ),
    (
        "marketplacereporting",
        include_str!("../../catalog/marketplacereporting.json"),
    ),
    (
        "mediaconnect",
        include_str!("../../catalog/mediaconnect.json"),
    ),
    (
        "mediaconvert",
        include_str!("../../catalog/mediaconvert.json"),
    ),
    ("medialive", include_str!("../../catalog/medialive.json")),
    (
        "mediapackage",
        include_str!("../../catalog/mediapackage.json"),
    ),
    (
        "mediapackagev2",
        include_str!("../../catalog/mediapackagev2.json"),
    ),
    (
        "mediapackagevod",
        include_str!("../../catalog/mediapackagevod.json"),
    ),
    ("mediastore", include_str!("../../catalog/mediastore.json")),
    (
        "mediastoredata",
        include_str!("../../catalog/mediastoredata.json"),
    ),
    (
        "mediatailor",
        include_str!("../../catalog/mediatailor.json"),
    ),
    (
        "medicalimaging",
        include_str!("../../catalog/medicalimaging.json"),
    ),
    ("memorydb", include_str!("../../catalog/memorydb.json")),
    ("mgn", include_str!("../../catalog/mgn.json")),
    (
        "migrationhub",
        include_str!("../../catalog/migrationhub.json"),
    ),
    (
        "migrationhubconfig",
        include_str!("../../catalog/migrationhubconfig.json"),
    ),
    (
        "migrationhuborchestrator",
        include_str!("../../catalog/migrationhuborchestrator.json"),
    ),
    (
        "migrationhubrefactorspaces",
        include_str!("../../catalog/migrationhubrefactorspaces.json"),
    ),
    (
        "migrationhubstrategy",
        include_str!("../../catalog/migrationhubstrategy.json"),
    ),
    ("mpa", include_str!("../../catalog/mpa.json")),
    ("mq", include_str!("../../catalog/mq.json")),
    ("mturk", include_str!("../../catalog/mturk.json")),
    ("mwaa", include_str!("../../catalog/mwaa.json")),
    (
        "mwaaserverless",
        include_str!("../../catalog/mwaaserverless.json"),
    ),
    ("neptune", include_str!("../../catalog/neptune.json")),
    (
        "neptunedata",
        include_str!("../../catalog/neptunedata.json"),
    ),
    (
        "neptunegraph",
        include_str!("../../catalog/neptunegraph.json"),
    ),
    (
        "networkfirewall",
        include_str!("../../catalog/networkfirewall.json"),
    ),
    (
        "networkflowmonitor",
        include_str!("../../catalog/networkflowmonitor.json"),
    ),
    (
        "networkmanager",
        include_str!("../../catalog/networkmanager.json"),
    ),
    (
        "networkmonitor",
        include_str!("../../catalog/networkmonitor.json"),
    ),
    (
        "networksecuritymanager",
        include_str!("../../catalog/networksecuritymanager.json"),
    ),
    (
        "notifications",
        include_str!("../../catalog/notifications.json"),
    ),
    (
        "notificationscontacts",
        include_str!("../../catalog/notificationscontacts.json"),
    ),
    ("novaact", include_str!("../../catalog/novaact.json")),
    ("oam", include_str!("../../catalog/oam.json")),
    (
        "observabilityadmin",
        include_str!("../../catalog/observabilityadmin.json"),
    ),
    ("odb", include_str!("../../catalog/odb.json")),
    ("omics", include_str!("../../catalog/omics.json")),
    ("opensearch", include_str!("../../catalog/opensearch.json")),
    (
        "opensearchmemory",
        include_str!("../../catalog/opensearchmemory.json"),
    ),
    (
        "opensearchserverless",
        include_str!("../../catalog/opensearchserverless.json"),
    ),
    (
        "organizations",
        include_str!("../../catalog/organizations.json"),
    ),
    ("osis", include_str!("../../catalog/osis.json")),
    ("outposts", include_str!("../../catalog/outposts.json")),
    (
        "partnercentralaccount",
        include_str!("../../catalog/partnercentralaccount.json"),
    ),
    (
        "partnercentralbenefits",
        include_str!("../../catalog/partnercentralbenefits.json"),
    ),
    (
        "partnercentralchannel",
        include_str!("../../catalog/partnercentralchannel.json"),
    ),
    (
        "partnercentralmarketing",
        include_str!("../../catalog/partnercentralmarketing.json"),
    ),
    (
        "partnercentralrevenuemeasurement",
        include_str!("../../catalog/partnercentralrevenuemeasurement.json"),
    ),
    (
        "partnercentralselling",
        include_str!("../../catalog/partnercentralselling.json"),
    ),
    (
        "paymentcryptography",
        include_str!("../../catalog/paymentcryptography.json"),
    ),
    (
        "paymentcryptographydata",
        include_str!("../../catalog/paymentcryptographydata.json"),
    ),
    ("payments", include_str!("../../catalog/payments.json")),
    (
        "pcaconnectorad",
        include_str!("../../catalog/pcaconnectorad.json"),
    ),
    (
        "pcaconnectorscep",
        include_str!("../../catalog/pcaconnectorscep.json"),
    ),
    ("pcs", include_str!("../../catalog/pcs.json")),
    (
        "personalize",
        include_str!("../../catalog/personalize.json"),
    ),
    (
        "personalizeevents",
        include_str!("../../catalog/personalizeevents.json"),
    ),
    (
        "personalizeruntime",
        include_str!("../../catalog/personalizeruntime.json"),
    ),
    ("pi", include_str!("../../catalog/pi.json")),
    ("pinpoint", include_str!("../../catalog/pinpoint.json")),
    (
        "pinpointemail",
        include_str!("../../catalog/pinpointemail.json"),
    ),
    (
        "pinpointsmsvoice",
        include_str!("../../catalog/pinpointsmsvoice.json"),
    ),
    (
        "pinpointsmsvoicev2",
        include_str!("../../catalog/pinpointsmsvoicev2.json"),
    ),
    ("pipes", include_str!("../../catalog/pipes.json")),
    ("polly", include_str!("../../catalog/polly.json")),
    ("pricing", include_str!("../../catalog/pricing.json")),
    (
        "pricingplanmanager",
        include_str!("../../catalog/pricingplanmanager.json"),
    ),
    ("proton", include_str!("../../catalog/proton.json")),
    ("qapps", include_str!("../../catalog/qapps.json")),
    ("qbusiness", include_str!("../../catalog/qbusiness.json")),
    ("qconnect", include_str!("../../catalog/qconnect.json")),
    ("quicksight", include_str!("../../catalog/quicksight.json")),
    ("ram", include_str!("../../catalog/ram.json")),
    ("rbin", include_str!("../../catalog/rbin.json")),
    ("rds", include_str!("../../catalog/rds.json")),
    ("rdsdata", include_str!("../../catalog/rdsdata.json")),
    ("redshift", include_str!("../../catalog/redshift.json")),
    (
        "redshiftdata",
        include_str!("../../catalog/redshiftdata.json"),
    ),
    (
        "redshiftserverless",
        include_str!("../../catalog/redshiftserverless.json"),
    ),
    (
        "rekognition",
        include_str!("../../catalog/rekognition.json"),
    ),
    (
        "repostspace",
        include_str!("../../catalog/repostspace.json"),
    ),
    (
        "resiliencehub",
        include_str!("../../catalog/resiliencehub.json"),
    ),
    (
        "resiliencehubv2",
        include_str!("../../catalog/resiliencehubv2.json"),
    ),
    (
        "resourceexplorer2",
        include_str!("../../catalog/resourceexplorer2.json"),
    ),
    (
        "resourcegroups",
        include_str!("../../catalog/resourcegroups.json"),
    ),
    (
        "resourcegroupstaggingapi",
        include_str!("../../catalog/resourcegroupstaggingapi.json"),
    ),
    (
        "rolesanywhere",
        include_str!("../../catalog/rolesanywhere.json"),
    ),
    ("route53", include_str!("../../catalog/route53.json")),
    (
        "route53domains",
        include_str!("../../catalog/route53domains.json"),
    ),
    (
        "route53globalresolver",
        include_str!("../../catalog/route53globalresolver.json"),
    ),
    (
        "route53profiles",
        include_str!("../../catalog/route53profiles.json"),
    ),
    (
        "route53recoverycluster",
        include_str!("../../catalog/route53recoverycluster.json"),
    ),
    (
        "route53recoverycontrolconfig",
        include_str!("../../catalog/route53recoverycontrolconfig.json"),
    ),
    (
        "route53recoveryreadiness",
        include_str!("../../catalog/route53recoveryreadiness.json"),
    ),
    (
        "route53resolver",
        include_str!("../../catalog/route53resolver.json"),
    ),
    ("rtbfabric", include_str!("../../catalog/rtbfabric.json")),
    ("rum", include_str!("../../catalog/rum.json")),
    ("s3", include_str!("../../catalog/s3.json")),
    ("s3control", include_str!("../../catalog/s3control.json")),
    ("s3files", include_str!("../../catalog/s3files.json")),
    ("s3outposts", include_str!("../../catalog/s3outposts.json")),
    ("s3tables", include_str!("../../catalog/s3tables.json")),
    ("s3vectors", include_str!("../../catalog/s3vectors.json")),
    ("sagemaker", include_str!("../../catalog/sagemaker.json")),
    (
        "sagemakera2iruntime",
        include_str!("../../catalog/sagemakera2iruntime.json"),
    ),
    (
        "sagemakeredge",
        include_str!("../../catalog/sagemakeredge.json"),
    ),
    (
        "sagemakerfeaturestoreruntime",
        include_str!("../../catalog/sagemakerfeaturestoreruntime.json"),
    ),
    (
        "sagemakergatewayruntime",
        include_str!("../../catalog/sagemakergatewayruntime.json"),
    ),
    (
        "sagemakergeospatial",
        include_str!("../../catalog/sagemakergeospatial.json"),
    ),
    (
        "sagemakerinferencerouterruntime",
        include_str!("../../catalog/sagemakerinferencerouterruntime.json"),
    ),
    (
        "sagemakerjobruntime",
        include_str!("../../catalog/sagemakerjobruntime.json"),
    ),
    (
        "sagemakermetrics",
        include_str!("../../catalog/sagemakermetrics.json"),
    ),
    (
        "sagemakerruntime",
        include_str!("../../catalog/sagemakerruntime.json"),
    ),
    (
        "sagemakertrainingsessionruntime",
        include_str!("../../catalog/sagemakertrainingsessionruntime.json"),
    ),
    (
        "savingsplans",
        include_str!("../../catalog/savingsplans.json"),
    ),
    ("scheduler", include_str!("../../catalog/scheduler.json")),
    ("schemas", include_str!("../../catalog/schemas.json")),
    (
        "secretsmanager",
        include_str!("../../catalog/secretsmanager.json"),
    ),
    (
        "securityagent",
        include_str!("../../catalog/securityagent.json"),
    ),
    (
        "securityhub",
        include_str!("../../catalog/securityhub.json"),
    ),
    ("securityir", include_str!("../../catalog/securityir.json")),
    (
        "securitylake",
        include_str!("../../catalog/securitylake.json"),
    ),
    (
        "serverlessapplicationrepository",
        include_str!("../../catalog/serverlessapplicationrepository.json"),
    ),
    (
        "servicecatalog",
        include_str!("../../catalog/servicecatalog.json"),
    ),
    (
        "servicecatalogappregistry",
        include_str!("../../catalog/servicecatalogappregistry.json"),
    ),
    (
        "servicediscovery",
        include_str!("../../catalog/servicediscovery.json"),
    ),
    (
        "servicequotas",
        include_str!("../../catalog/servicequotas.json"),
    ),
    ("ses", include_str!("../../catalog/ses.json")),
    ("sesv2", include_str!("../../catalog/sesv2.json")),
    ("sfn", include_str!("../../catalog/sfn.json")),
    ("shield", include_str!("../../catalog/shield.json")),
    ("signer", include_str!("../../catalog/signer.json")),
    ("signerdata", include_str!("../../catalog/signerdata.json")),
    ("signin", include_str!("../../catalog/signin.json")),
    ("simpledb", include_str!("../../catalog/simpledb.json")),
    ("simpledbv2", include_str!("../../catalog/simpledbv2.json")),
    ("snowball", include_str!("../../catalog/snowball.json")),
    (
        "snowdevicemanagement",
        include_str!("../../catalog/snowdevicemanagement.json"),
    ),
    ("sns", include_str!("../../catalog/sns.json")),
    (
        "socialmessaging",
        include_str!("../../catalog/socialmessaging.json"),
    ),
    ("sqs", include_str!("../../catalog/sqs.json")),
    ("ssm", include_str!("../../catalog/ssm.json")),
    (
        "ssmcontacts",
        include_str!("../../catalog/ssmcontacts.json"),
    ),
    (
        "ssmguiconnect",
        include_str!("../../catalog/ssmguiconnect.json"),
    ),
    (
        "ssmincidents",
        include_str!("../../catalog/ssmincidents.json"),
    ),
    (
        "ssmquicksetup",
        include_str!("../../catalog/ssmquicksetup.json"),
    ),
    ("ssmsap", include_str!("../../catalog/ssmsap.json")),
    ("sso", include_str!("../../catalog/sso.json")),
    ("ssoadmin", include_str!("../../catalog/ssoadmin.json")),
    ("ssooidc", include_str!("../../catalog/ssooidc.json")),
    (
        "storagegateway",
        include_str!("../../catalog/storagegateway.json"),
    ),
    ("sts", include_str!("../../catalog/sts.json")),
    (
        "supplychain",
        include_str!("../../catalog/supplychain.json"),
    ),
    ("support", include_str!("../../catalog/support.json")),
    ("supportapp", include_str!("../../catalog/supportapp.json")),
    (
        "supportauthz",
        include_str!("../../catalog/supportauthz.json"),
    ),
    (
        "sustainability",
        include_str!("../../catalog/sustainability.json"),
    ),
    ("swf", include_str!("../../catalog/swf.json")),
    ("synthetics", include_str!("../../catalog/synthetics.json")),
    (
        "taxsettings",
        include_str!("../../catalog/taxsettings.json"),
    ),
    ("textract", include_str!("../../catalog/textract.json")),
    (
        "timestreaminfluxdb",
        include_str!("../../catalog/timestreaminfluxdb.json"),
    ),
    (
        "timestreamquery",
        include_str!("../../catalog/timestreamquery.json"),
    ),
    (
        "timestreamwrite",
        include_str!("../../catalog/timestreamwrite.json"),
    ),
    ("transcribe", include_str!("../../catalog/transcribe.json")),
    ("transfer", include_str!("../../catalog/transfer.json")),
    ("translate", include_str!("../../catalog/translate.json")),
    (
        "trustedadvisor",
        include_str!("../../catalog/trustedadvisor.json"),
    ),
    ("uxc", include_str!("../../catalog/uxc.json")),
    (
        "verifiedpermissions",
        include_str!("../../catalog/verifiedpermissions.json"),
    ),
    ("voiceid", include_str!("../../catalog/voiceid.json")),
    ("vpclattice", include_str!("../../catalog/vpclattice.json")),
    ("waf", include_str!("../../catalog/waf.json")),
    (
        "wafregional",
        include_str!("../../catalog/wafregional.json"),
    ),
    ("wafv2", include_str!("../../catalog/wafv2.json")),
    (
        "wellarchitected",
        include_str!("../../catalog/wellarchitected.json"),
    ),
    ("wickr", include_str!("../../catalog/wickr.json")),
    ("wisdom", include_str!("../../catalog/wisdom.json")),
    ("workdocs", include_str!("../../catalog/workdocs.json")),
    ("workmail", include_str!("../../catalog/workmail.json")),
    (
        "workmailmessageflow",
        include_str!("../../catalog/workmailmessageflow.json"),
    ),
    ("workspaces", include_str!("../../catalog/workspaces.json")),
    (
        "workspacesinstances",
        include_str!("../../catalog/workspacesinstances.json"),
    ),
    (
        "workspacesthinclient",
        include_str!("../../catalog/workspacesthinclient.json"),
    ),
    (
        "workspacesweb",
        include_str!("../../catalog/workspacesweb.json"),
    ),
    ("xray", include_str!("../../catalog/xray.json")),
];

/// Services an older botocore had and AWS has removed since.
pub(super) static REMOVED: &[&str] = &[
    "alexaforbusiness",
    "codestar",
    "elasticinference",
    "elastictranscoder",
    "finspace",
    "finspacedata",
    "honeycode",
    "iot1clickdevices",
    "iot1clickprojects",
    "iotanalytics",
    "iotevents",
    "ioteventsdata",
    "iotfleethub",
    "lookoutmetrics",
    "lookoutvision",
    "macie",
    "mobile",
    "nimble",
    "opsworks",
    "opsworkscm",
    "panorama",
    "qldb",
    "qldbsession",
    "robomaker",
    "sms",
    "worklink",
];
