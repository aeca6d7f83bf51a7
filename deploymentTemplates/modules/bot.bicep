// Azure Bot (Azure Bot Service registration) with the Microsoft Teams and Direct Line channels.

param name string
param displayName string
param tags object

@description('The bot\'s messaging endpoint: https://<web app host>/api/messages.')
param endpoint string

param appId string
param tenantId string

@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param appType string

@description('Resource id of the user-assigned identity when appType is UserAssignedMSI; empty otherwise.')
param identityId string

@allowed([
  'F0'
  'S1'
])
param sku string

@description('Origins of the pages that embed the web chat (Direct Line enhanced authentication).')
param webChatOrigins array

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppId: appId
    msaAppType: appType
    msaAppTenantId: tenantId
    msaAppMSIResourceId: empty(identityId) ? null : identityId
    publicNetworkAccess: 'Enabled'
    disableLocalAuth: false
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

// Enhanced authentication: tokens carry the user id ("dl_…", chosen by the bot's token endpoint)
// and work only on the trusted origins.
resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'wsis.org web chat'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: true
          trustedOrigins: webChatOrigins
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
}

output name string = bot.name
