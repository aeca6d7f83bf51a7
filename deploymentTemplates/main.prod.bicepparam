// Production. Values that belong to the tenant come from the environment of the shell that deploys
// (see README.md): WSISBOT_BOT_APP_ID, WSISBOT_SQL_ADMIN_LOGIN, WSISBOT_SQL_ADMIN_OBJECT_ID,
// WSISBOT_KV_OPERATOR_OBJECT_ID.
using 'main.bicep'

param baseName = 'wsisbot-prod'
param webAppName = 'wsisbot'
param appServicePlanSku = 'P1v3'
param capacity = 2

param botRegistration = {
  appType: 'SingleTenant'
  appId: readEnvironmentVariable('WSISBOT_BOT_APP_ID')
}
param botDisplayName = 'WSIS Bot'
param botSku = 'S1'
param webChatOrigins = [
  'https://www.wsis.org'
  'https://wsis.org'
]

param sqlEntraAdminLogin = readEnvironmentVariable('WSISBOT_SQL_ADMIN_LOGIN')
param sqlEntraAdminObjectId = readEnvironmentVariable('WSISBOT_SQL_ADMIN_OBJECT_ID')
param sqlEntraAdminPrincipalType = 'Group'
param sqlDatabaseSku = {
  name: 'GP_Gen5_2'
  tier: 'GeneralPurpose'
}

param keyVaultOperatorObjectId = readEnvironmentVariable('WSISBOT_KV_OPERATOR_OBJECT_ID', '')
param keyVaultOperatorType = 'Group'
param keyVaultPurgeProtection = true

param deployOpenAi = false

param logRetentionInDays = 90

param tags = {
  application: 'WsisBot'
  environment: 'prod'
  owner: 'WSIS Forum secretariat'
}
