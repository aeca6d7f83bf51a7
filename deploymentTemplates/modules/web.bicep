// App Service plan (Linux, at least two instances) and the bot's Web App (.NET 10), its app
// settings, and its access to Key Vault.

param location string
param planName string
param siteName string
param tags object

@description('App Service plan SKU. Premium v3 scales out and keeps instances warm.')
param skuName string

@description('Number of instances. All state is in the database, so any instance can take any turn.')
@minValue(2)
@maxValue(30)
param capacity int

param appInsightsConnectionString string
param keyVaultName string

@description('Client id of the bot\'s Entra ID app (or of its user-assigned identity).')
param botAppId string

param botTenantId string

@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param botAppType string

@description('Resource id of the bot\'s user-assigned identity when botAppType is UserAssignedMSI; empty otherwise.')
param botIdentityId string

@description('Origins of pages that embed the web chat (DirectLine:AllowedOrigins), at most four.')
@maxLength(4)
param webChatOrigins array

@description('Azure OpenAI endpoint (AzureOpenAI:Endpoint); empty: no LLM phrasing.')
param openAiEndpoint string

@description('Azure OpenAI deployment name (AzureOpenAI:Deployment); empty: no LLM phrasing.')
param openAiDeploymentName string

@description('SMTP server for escalation e-mail (Smtp:Host); empty: no e-mail.')
param smtpHost string

@minValue(1)
@maxValue(65535)
param smtpPort int

@description('SMTP account (Smtp:UserName); empty: no authentication. Its password is the Key Vault secret Smtp--Password.')
param smtpUserName string

@description('Sender address of notifications (Smtp:From).')
param smtpFrom string

@description('Smtp:Security (MailKit SecureSocketOptions); empty: the app\'s default, Auto.')
@allowed([
  ''
  'Auto'
  'StartTls'
  'None'
  'SslOnConnect'
])
param smtpSecurity string

@description('The secretariat\'s address new tickets are sent to (Escalation:NotifyAddress).')
param escalationNotifyAddress string

@description('Public address of the bot for links in notifications (Escalation:PublicBaseUrl); empty: https://<site>.azurewebsites.net.')
param escalationPublicBaseUrl string

@description('Teams channel (19:…@thread.tacv2) that gets a card per new ticket (Escalation:TeamsChannelId).')
param escalationTeamsChannelId string

@description('Bot Connector serviceUrl of that Teams tenant (Escalation:TeamsServiceUrl).')
param escalationTeamsServiceUrl string

@description('Client id of the inbox\'s Entra ID app registration (AzureAd:ClientId); empty: no Entra ID sign-in.')
param inboxEntraClientId string

@description('Tenant of the inbox\'s app registration (AzureAd:TenantId).')
param inboxEntraTenantId string

@description('Local inbox account (Inbox:AdminUserName), used when inboxEntraClientId is empty; its hash is the Key Vault secret Inbox--AdminPasswordHash.')
param inboxAdminUserName string

var secretsUri = 'https://${keyVaultName}${environment().suffixes.keyvaultDns}/secrets/'

// ---------------------------------------------------------------------------------------------
// THE APP SETTINGS. Every name here is a configuration key the app reads ("__" for ":"), or a
// platform setting; tests/WsisBot.Deployment.Tests checks that against src/. How to add one:
// deploymentTemplates/README.md, "Keys to add as features land".
// A setting whose value is empty is not written.
// ---------------------------------------------------------------------------------------------
var usesInboxEntraId = !empty(inboxEntraClientId)
var usesInboxLocalAdmin = !usesInboxEntraId && !empty(inboxAdminUserName)
var sendsMail = !empty(smtpHost)

var appSettings = [
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
  { name: 'ApplicationInsightsAgent_EXTENSION_VERSION', value: '~3' }
  { name: 'Database__Provider', value: 'SqlServer' }
  { name: 'ConnectionStrings__WsisBot', value: '@Microsoft.KeyVault(SecretUri=${secretsUri}ConnectionStrings--WsisBot/)' }
  // The bot's identity: an app registration and its secret (SingleTenant), or the user-assigned identity
  // (UserAssignedMSI), whose tokens the app takes from App Service's managed identity endpoint.
  { name: 'MicrosoftAppType', value: botAppType }
  { name: 'MicrosoftAppId', value: botAppId }
  { name: 'MicrosoftAppTenantId', value: botTenantId }
  {
    name: 'MicrosoftAppPassword'
    value: botAppType == 'SingleTenant' ? '@Microsoft.KeyVault(SecretUri=${secretsUri}MicrosoftAppPassword/)' : ''
  }
  // Direct Line (web chat): the Azure Bot's Direct Line site key, and the pages that may ask for a token.
  { name: 'DirectLine__Secret', value: '@Microsoft.KeyVault(SecretUri=${secretsUri}DirectLine--Secret/)' }
  { name: 'DirectLine__AllowedOrigins__0', value: length(webChatOrigins) > 0 ? webChatOrigins[0] : '' }
  { name: 'DirectLine__AllowedOrigins__1', value: length(webChatOrigins) > 1 ? webChatOrigins[1] : '' }
  { name: 'DirectLine__AllowedOrigins__2', value: length(webChatOrigins) > 2 ? webChatOrigins[2] : '' }
  { name: 'DirectLine__AllowedOrigins__3', value: length(webChatOrigins) > 3 ? webChatOrigins[3] : '' }
  // Azure OpenAI (optional): all three or none.
  { name: 'AzureOpenAI__Endpoint', value: openAiEndpoint }
  { name: 'AzureOpenAI__Deployment', value: openAiDeploymentName }
  {
    name: 'AzureOpenAI__ApiKey'
    value: empty(openAiEndpoint) ? '' : '@Microsoft.KeyVault(SecretUri=${secretsUri}AzureOpenAI--ApiKey/)'
  }
  // Escalation: e-mail to the secretariat, links back to the inbox, an optional Teams channel.
  { name: 'Smtp__Host', value: smtpHost }
  { name: 'Smtp__Port', value: sendsMail ? string(smtpPort) : '' }
  { name: 'Smtp__UserName', value: sendsMail ? smtpUserName : '' }
  {
    name: 'Smtp__Password'
    value: sendsMail && !empty(smtpUserName) ? '@Microsoft.KeyVault(SecretUri=${secretsUri}Smtp--Password/)' : ''
  }
  { name: 'Smtp__From', value: sendsMail ? smtpFrom : '' }
  { name: 'Smtp__Security', value: sendsMail ? smtpSecurity : '' }
  { name: 'Escalation__NotifyAddress', value: escalationNotifyAddress }
  {
    name: 'Escalation__PublicBaseUrl'
    value: empty(escalationPublicBaseUrl) ? 'https://${siteName}.azurewebsites.net' : escalationPublicBaseUrl
  }
  { name: 'Escalation__TeamsChannelId', value: escalationTeamsChannelId }
  { name: 'Escalation__TeamsServiceUrl', value: empty(escalationTeamsChannelId) ? '' : escalationTeamsServiceUrl }
  // Inbox sign-in: Entra ID when a client id is given, else the local account, else the inbox stays closed.
  { name: 'AzureAd__Instance', value: usesInboxEntraId ? environment().authentication.loginEndpoint : '' }
  { name: 'AzureAd__TenantId', value: usesInboxEntraId ? inboxEntraTenantId : '' }
  { name: 'AzureAd__ClientId', value: inboxEntraClientId }
  { name: 'Inbox__AdminUserName', value: usesInboxLocalAdmin ? inboxAdminUserName : '' }
  {
    name: 'Inbox__AdminPasswordHash'
    value: usesInboxLocalAdmin ? '@Microsoft.KeyVault(SecretUri=${secretsUri}Inbox--AdminPasswordHash/)' : ''
  }
]

var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: capacity
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: siteName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: empty(botIdentityId)
    ? {
        type: 'SystemAssigned'
      }
    : {
        type: 'SystemAssigned, UserAssigned'
        userAssignedIdentities: {
          '${botIdentityId}': {}
        }
      }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet WsisBot.Bot.dll'
      alwaysOn: true
      webSocketsEnabled: true
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: filter(appSettings, setting => !empty(setting.value))
    }
  }
}

// Deployments authenticate with Entra ID (az webapp deploy), never with basic credentials.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

resource vault 'Microsoft.KeyVault/vaults@2026-02-01' existing = {
  name: keyVaultName
}

// The Web App's system-assigned identity resolves the Key Vault references.
resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, site.id, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

output hostName string = site.properties.defaultHostName
output name string = site.name
output principalId string = site.identity.principalId
