// Staging: the same shape as production (two instances on one database, so scale-out is exercised
// before release), smaller SKUs, Azure OpenAI on to try LLM phrasing. Environment variables as in
// main.prod.bicepparam.
using 'main.bicep'

param baseName = 'wsisbot-stg'
param appServicePlanSku = 'P0v3'
param capacity = 2

param botRegistration = {
  appType: 'SingleTenant'
  appId: readEnvironmentVariable('WSISBOT_BOT_APP_ID')
}
param botDisplayName = 'WSIS Bot (staging)'
param botSku = 'F0'
param webChatOrigins = [
  'https://staging.wsis.org'
]

param sqlEntraAdminLogin = readEnvironmentVariable('WSISBOT_SQL_ADMIN_LOGIN')
param sqlEntraAdminObjectId = readEnvironmentVariable('WSISBOT_SQL_ADMIN_OBJECT_ID')
param sqlEntraAdminPrincipalType = 'Group'
param sqlDatabaseSku = {
  name: 'S1'
  tier: 'Standard'
}

param keyVaultOperatorObjectId = readEnvironmentVariable('WSISBOT_KV_OPERATOR_OBJECT_ID', '')
param keyVaultOperatorType = 'Group'
// Staging vaults come and go; purge protection would keep a deleted one's name for 90 days.
param keyVaultPurgeProtection = false

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

param deployOpenAi = true
param openAiLocation = 'swedencentral'

param logRetentionInDays = 30

param tags = {
  application: 'WsisBot'
  environment: 'staging'
}
