// Azure SQL logical server (Entra ID authentication only) and the bot's database.
// The app connects with its system-assigned managed identity, so the connection string holds no
// password; it is still kept in Key Vault with the other secrets (ConnectionStrings--WsisBot).

param location string
param serverName string
param databaseName string
param tags object

@description('Entra ID administrator of the server: display name of the user or group.')
param entraAdminLogin string

@description('Entra ID administrator of the server: object id of the user or group.')
param entraAdminObjectId string

@allowed([
  'User'
  'Group'
  'Application'
])
param entraAdminPrincipalType string

@description('Database SKU, e.g. { name: \'GP_Gen5_2\', tier: \'GeneralPurpose\' } or { name: \'S1\', tier: \'Standard\' }.')
param databaseSku object

@description('Key Vault that receives the connection string.')
param keyVaultName string

resource server 'Microsoft.Sql/servers@2025-01-01' = {
  name: serverName
  location: location
  tags: tags
  properties: {
    minimalTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
    administrators: {
      administratorType: 'ActiveDirectory'
      azureADOnlyAuthentication: true
      login: entraAdminLogin
      sid: entraAdminObjectId
      tenantId: tenant().tenantId
      principalType: entraAdminPrincipalType
    }
  }
}

// 0.0.0.0–0.0.0.0 is Azure's "allow Azure services" rule: App Service reaches the server without a VNet.
resource allowAzureServices 'Microsoft.Sql/servers/firewallRules@2025-01-01' = {
  parent: server
  name: 'AllowAllWindowsAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource database 'Microsoft.Sql/servers/databases@2025-01-01' = {
  parent: server
  name: databaseName
  location: location
  tags: tags
  sku: databaseSku
  properties: {
    collation: 'SQL_Latin1_General_CP1_CI_AS'
    zoneRedundant: false
    requestedBackupStorageRedundancy: 'Geo'
  }
}

resource vault 'Microsoft.KeyVault/vaults@2026-02-01' existing = {
  name: keyVaultName
}

resource connectionString 'Microsoft.KeyVault/vaults/secrets@2026-02-01' = {
  parent: vault
  name: 'ConnectionStrings--WsisBot'
  properties: {
    value: 'Server=tcp:${server.properties.fullyQualifiedDomainName},1433;Database=${database.name};Authentication=Active Directory Managed Identity;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;'
    contentType: 'text/plain'
  }
}

output serverFqdn string = server.properties.fullyQualifiedDomainName
output serverName string = server.name
output databaseName string = database.name
