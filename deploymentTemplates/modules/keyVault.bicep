// Key Vault (RBAC authorisation) holding every secret the bot uses. Secret names follow the
// configuration keys with "--" for ":" (ConnectionStrings--WsisBot), so a setting and its secret read alike.
// Secrets whose value the deployment knows (SQL connection string, OpenAI key) are written by
// sql.bicep and openAi.bicep; the others are written here only when a value is passed, so a
// redeployment without them never blanks a secret set earlier with `az keyvault secret set`.

param location string
param name string
param tags object

@description('Object id of a user or group allowed to set secrets (Key Vault Secrets Officer). Empty: none.')
param operatorPrincipalId string

@description('Principal type of operatorPrincipalId.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param operatorPrincipalType string

@description('Purge protection cannot be turned off again once on; keep it on in production.')
param enablePurgeProtection bool

@secure()
@description('The bot app registration\'s client secret (MicrosoftAppPassword). Empty: leave the secret as it is.')
param microsoftAppPassword string

@secure()
@description('The Direct Line channel secret (DirectLine:Secret). Empty: leave the secret as it is.')
param directLineSecret string

@secure()
@description('The SMTP password (Smtp:Password). Empty: leave the secret as it is.')
param smtpPassword string

@secure()
@description('The inbox\'s local admin password hash (Inbox:AdminPasswordHash). Empty: leave the secret as it is.')
param inboxAdminPasswordHash string

var officerRoleId = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2026-02-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

var operatorSecrets = [
  { name: 'MicrosoftAppPassword', value: microsoftAppPassword }
  { name: 'DirectLine--Secret', value: directLineSecret }
  { name: 'Smtp--Password', value: smtpPassword }
  { name: 'Inbox--AdminPasswordHash', value: inboxAdminPasswordHash }
]

resource secrets 'Microsoft.KeyVault/vaults/secrets@2026-02-01' = [
  for secret in operatorSecrets: if (!empty(secret.value)) {
    parent: vault
    name: secret.name
    properties: {
      value: secret.value
    }
  }
]

resource operatorRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorPrincipalId)) {
  name: guid(vault.id, operatorPrincipalId, officerRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', officerRoleId)
    principalId: operatorPrincipalId
    principalType: operatorPrincipalType
  }
}

output name string = vault.name
