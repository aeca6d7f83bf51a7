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

var secretsUri = 'https://${keyVaultName}${environment().suffixes.keyvaultDns}/secrets/'

// ---------------------------------------------------------------------------------------------
// THE APP SETTINGS. Every name here is a configuration key the app reads ("__" for ":"), or a
// platform setting; tests/WsisBot.Deployment.Tests checks that against src/. Keys of features not
// yet in the source are listed in deploymentTemplates/README.md: add them here when they land.
// A setting whose value is empty is not written.
// ---------------------------------------------------------------------------------------------
var appSettings = [
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
  { name: 'ApplicationInsightsAgent_EXTENSION_VERSION', value: '~3' }
  { name: 'Database__Provider', value: 'SqlServer' }
  { name: 'ConnectionStrings__WsisBot', value: '@Microsoft.KeyVault(SecretUri=${secretsUri}ConnectionStrings--WsisBot/)' }
  { name: 'MicrosoftAppId', value: botAppId }
  { name: 'MicrosoftAppTenantId', value: botTenantId }
  {
    name: 'MicrosoftAppPassword'
    value: botAppType == 'SingleTenant' ? '@Microsoft.KeyVault(SecretUri=${secretsUri}MicrosoftAppPassword/)' : ''
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
