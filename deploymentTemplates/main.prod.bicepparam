// Production. Values that belong to the tenant come from the environment of the shell that deploys
// (see README.md): WSISBOT_BOT_APP_ID, WSISBOT_SQL_ADMIN_LOGIN, WSISBOT_SQL_ADMIN_OBJECT_ID,
// WSISBOT_KV_OPERATOR_OBJECT_ID; optionally the escalation and inbox ones (WSISBOT_SMTP_*, WSISBOT_NOTIFY_ADDRESS,
// WSISBOT_PUBLIC_BASE_URL, WSISBOT_TEAMS_*, WSISBOT_INBOX_*).
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

// Escalation and the inbox (README.md, step 3): empty values are not written.
param smtpHost = readEnvironmentVariable('WSISBOT_SMTP_HOST', '')
param smtpPort = int(readEnvironmentVariable('WSISBOT_SMTP_PORT', '587'))
param smtpUserName = readEnvironmentVariable('WSISBOT_SMTP_USERNAME', '')
param smtpFrom = readEnvironmentVariable('WSISBOT_SMTP_FROM', '')
param smtpSecurity = readEnvironmentVariable('WSISBOT_SMTP_SECURITY', '')
param escalationNotifyAddress = readEnvironmentVariable('WSISBOT_NOTIFY_ADDRESS', '')
param escalationPublicBaseUrl = readEnvironmentVariable('WSISBOT_PUBLIC_BASE_URL', '')
param escalationTeamsChannelId = readEnvironmentVariable('WSISBOT_TEAMS_CHANNEL_ID', '')
param escalationTeamsServiceUrl = readEnvironmentVariable('WSISBOT_TEAMS_SERVICE_URL', '')
param inboxEntraClientId = readEnvironmentVariable('WSISBOT_INBOX_CLIENT_ID', '')
param inboxAdminUserName = readEnvironmentVariable('WSISBOT_INBOX_ADMIN_USERNAME', '')

param deployOpenAi = false

param logRetentionInDays = 90

param tags = {
  application: 'WsisBot'
  environment: 'prod'
  owner: 'WSIS Forum secretariat'
}
