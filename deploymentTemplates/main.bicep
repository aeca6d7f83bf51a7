// WsisBot on Azure: Azure Bot (Teams + Direct Line) → App Service (Linux, .NET 10, ≥ 2 instances)
// → Azure SQL; secrets in Key Vault; telemetry in Application Insights; Azure OpenAI optional.
// Build: bicep build main.bicep (main.json is committed and kept current by the tests).
// Deploy: see README.md beside this file.

targetScope = 'resourceGroup'

@discriminator('appType')
type botRegistrationType = singleTenantBot | managedIdentityBot

type singleTenantBot = {
  appType: 'SingleTenant'

  @description('Client id (a GUID) of the bot\'s Entra ID app registration.')
  @minLength(36)
  @maxLength(36)
  appId: string
}

type managedIdentityBot = {
  appType: 'UserAssignedMSI'
}

@description('Base of every resource name, e.g. wsisbot-prod.')
@minLength(3)
@maxLength(20)
param baseName string

@description('Azure region of everything but the bot registration (global).')
param location string = resourceGroup().location

param tags object = {
  application: 'WsisBot'
}

// ---- App Service ----------------------------------------------------------------------------

@description('Web App name: its host is <name>.azurewebsites.net.')
param webAppName string = 'app-${baseName}-${take(uniqueString(resourceGroup().id), 6)}'

@description('App Service plan SKU.')
param appServicePlanSku string = 'P0v3'

@description('Number of Web App instances (at least 2).')
@minValue(2)
@maxValue(30)
param capacity int = 2

// ---- Bot ------------------------------------------------------------------------------------

@description('How the bot authenticates to Azure Bot Service. SingleTenant: an existing Entra ID app registration (client id here, client secret in Key Vault as MicrosoftAppPassword). UserAssignedMSI: a user-assigned managed identity this template creates.')
param botRegistration botRegistrationType

@description('Tenant of the bot\'s app registration.')
param botTenantId string = tenant().tenantId

@description('Name the bot shows in Teams and web chat.')
param botDisplayName string = 'WSIS Bot'

@allowed([
  'F0'
  'S1'
])
param botSku string = 'S1'

@description('Origins of pages that embed the web chat (Direct Line trusted origins, and DirectLine:AllowedOrigins of the app), at most four.')
@maxLength(4)
param webChatOrigins array = [
  'https://www.wsis.org'
]

// ---- Azure SQL ------------------------------------------------------------------------------

@description('Entra ID administrator of the SQL server: display name of a user or group.')
param sqlEntraAdminLogin string

@description('Entra ID administrator of the SQL server: object id of that user or group.')
param sqlEntraAdminObjectId string

@allowed([
  'User'
  'Group'
  'Application'
])
param sqlEntraAdminPrincipalType string = 'Group'

param sqlDatabaseSku object = {
  name: 'GP_Gen5_2'
  tier: 'GeneralPurpose'
}

// ---- Key Vault ------------------------------------------------------------------------------

@description('Object id of a user or group allowed to set the secrets (Key Vault Secrets Officer). Empty: none.')
param keyVaultOperatorObjectId string = ''

@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param keyVaultOperatorType string = 'Group'

param keyVaultPurgeProtection bool = true

@secure()
@description('Optional: the bot app registration\'s client secret, stored as MicrosoftAppPassword.')
param microsoftAppPassword string = ''

@secure()
@description('Optional: the Direct Line channel secret, stored as DirectLine--Secret.')
param directLineSecret string = ''

@secure()
@description('Optional: the SMTP password, stored as Smtp--Password.')
param smtpPassword string = ''

@secure()
@description('Optional: the inbox\'s local admin password hash (dotnet run --project src/Bot -- hash-password), stored as Inbox--AdminPasswordHash.')
param inboxAdminPasswordHash string = ''

// ---- Escalation (e-mail, Teams channel) and the secretariat's inbox ------------------------

@description('SMTP server for escalation e-mail (Smtp:Host). Empty: no e-mail; tickets still wait in /inbox.')
param smtpHost string = ''

@minValue(1)
@maxValue(65535)
param smtpPort int = 587

@description('SMTP account (Smtp:UserName); its password is the Key Vault secret Smtp--Password. Empty: no authentication.')
param smtpUserName string = ''

@description('Sender address of notifications (Smtp:From).')
param smtpFrom string = ''

@description('Smtp:Security: Auto (STARTTLS when offered), StartTls, SslOnConnect or None. Empty: the app\'s default, Auto.')
@allowed([
  ''
  'Auto'
  'StartTls'
  'None'
  'SslOnConnect'
])
param smtpSecurity string = ''

@description('The secretariat\'s address new tickets are sent to (Escalation:NotifyAddress).')
param escalationNotifyAddress string = ''

@description('Public address of the bot for links in notifications (Escalation:PublicBaseUrl). Empty: https://<web app host>.')
param escalationPublicBaseUrl string = ''

@description('Teams channel (19:…@thread.tacv2) that gets a card per new ticket (Escalation:TeamsChannelId). Empty: none.')
param escalationTeamsChannelId string = ''

@description('Bot Connector serviceUrl of that Teams tenant (Escalation:TeamsServiceUrl), e.g. https://smba.trafficmanager.net/emea/.')
param escalationTeamsServiceUrl string = ''

@description('Client id of the inbox\'s Entra ID app registration (AzureAd:ClientId). Empty: the local account below, if any.')
param inboxEntraClientId string = ''

@description('Tenant of the inbox\'s app registration (AzureAd:TenantId).')
param inboxEntraTenantId string = tenant().tenantId

@description('Local inbox account (Inbox:AdminUserName) when inboxEntraClientId is empty; its hash is the Key Vault secret Inbox--AdminPasswordHash. Empty: the inbox stays closed.')
param inboxAdminUserName string = ''

// ---- Azure OpenAI (optional) ----------------------------------------------------------------

param deployOpenAi bool = false

@description('Region of the Azure OpenAI account (model availability differs by region).')
param openAiLocation string = location

param openAiDeploymentName string = 'wsisbot-chat'

param openAiModel object = {
  name: 'gpt-4.1-mini'
  version: '2025-04-14'
}

param openAiSku object = {
  name: 'GlobalStandard'
  capacity: 50
}

// ---- Monitoring -----------------------------------------------------------------------------

@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

// ---------------------------------------------------------------------------------------------

var suffix = take(uniqueString(resourceGroup().id), 6)
var keyVaultName = 'kv${take(replace(baseName, '-', ''), 14)}${suffix}'
var botAppType = botRegistration.appType
var usesManagedIdentity = botAppType == 'UserAssignedMSI'
var botAppId = usesManagedIdentity ? botIdentity!.properties.clientId : (botRegistration.?appId ?? '')

resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = if (usesManagedIdentity) {
  name: 'id-${baseName}-bot'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    baseName: baseName
    retentionInDays: logRetentionInDays
    tags: tags
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  params: {
    location: location
    name: keyVaultName
    tags: tags
    operatorPrincipalId: keyVaultOperatorObjectId
    operatorPrincipalType: keyVaultOperatorType
    enablePurgeProtection: keyVaultPurgeProtection
    microsoftAppPassword: microsoftAppPassword
    directLineSecret: directLineSecret
    smtpPassword: smtpPassword
    inboxAdminPasswordHash: inboxAdminPasswordHash
  }
}

module sql 'modules/sql.bicep' = {
  name: 'sql'
  params: {
    location: location
    serverName: 'sql-${baseName}-${suffix}'
    databaseName: 'wsisbot'
    tags: tags
    entraAdminLogin: sqlEntraAdminLogin
    entraAdminObjectId: sqlEntraAdminObjectId
    entraAdminPrincipalType: sqlEntraAdminPrincipalType
    databaseSku: sqlDatabaseSku
    keyVaultName: keyVault.outputs.name
  }
}

module openAi 'modules/openAi.bicep' = if (deployOpenAi) {
  name: 'openAi'
  params: {
    location: openAiLocation
    name: 'oai-${baseName}-${suffix}'
    tags: tags
    deploymentName: openAiDeploymentName
    model: openAiModel
    sku: openAiSku
    keyVaultName: keyVault.outputs.name
  }
}

module web 'modules/web.bicep' = {
  name: 'web'
  params: {
    location: location
    planName: 'plan-${baseName}'
    siteName: webAppName
    tags: tags
    skuName: appServicePlanSku
    capacity: capacity
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    keyVaultName: keyVault.outputs.name
    botAppId: botAppId
    botTenantId: botTenantId
    botAppType: botAppType
    botIdentityId: usesManagedIdentity ? botIdentity.id : ''
    webChatOrigins: webChatOrigins
    openAiEndpoint: deployOpenAi ? openAi!.outputs.endpoint : ''
    openAiDeploymentName: deployOpenAi ? openAi!.outputs.deploymentName : ''
    smtpHost: smtpHost
    smtpPort: smtpPort
    smtpUserName: smtpUserName
    smtpFrom: smtpFrom
    smtpSecurity: smtpSecurity
    escalationNotifyAddress: escalationNotifyAddress
    escalationPublicBaseUrl: escalationPublicBaseUrl
    escalationTeamsChannelId: escalationTeamsChannelId
    escalationTeamsServiceUrl: escalationTeamsServiceUrl
    inboxEntraClientId: inboxEntraClientId
    inboxEntraTenantId: inboxEntraTenantId
    inboxAdminUserName: inboxAdminUserName
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-${baseName}-${suffix}'
    displayName: botDisplayName
    tags: tags
    endpoint: 'https://${web.outputs.hostName}/api/messages'
    appId: botAppId
    tenantId: botTenantId
    appType: botAppType
    identityId: usesManagedIdentity ? botIdentity.id : ''
    sku: botSku
    webChatOrigins: webChatOrigins
  }
}

output webAppName string = web.outputs.name
output webAppHostName string = web.outputs.hostName
output messagingEndpoint string = 'https://${web.outputs.hostName}/api/messages'
output botName string = bot.outputs.name
output botAppId string = botAppId
output keyVaultName string = keyVault.outputs.name
output sqlServerFqdn string = sql.outputs.serverFqdn
output sqlDatabaseName string = sql.outputs.databaseName
output openAiEndpoint string = deployOpenAi ? openAi!.outputs.endpoint : ''
output openAiDeploymentName string = deployOpenAi ? openAi!.outputs.deploymentName : ''
