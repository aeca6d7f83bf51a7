// Optional Azure OpenAI account and one model deployment; its key goes to Key Vault (AzureOpenAI--ApiKey).

param location string
param name string
param tags object

@description('Deployment name the app asks for (AzureOpenAI:Deployment).')
param deploymentName string

@description('Model, e.g. { name: \'gpt-4.1-mini\', version: \'2025-04-14\' }.')
param model object

@description('Deployment SKU (GlobalStandard, Standard, …) and capacity in thousands of tokens a minute.')
param sku object

param keyVaultName string

resource account 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: name
    publicNetworkAccess: 'Enabled'
  }
}

resource modelDeployment 'Microsoft.CognitiveServices/accounts/deployments@2025-06-01' = {
  parent: account
  name: deploymentName
  sku: sku
  properties: {
    model: {
      format: 'OpenAI'
      name: model.name
      version: model.version
    }
  }
}

resource vault 'Microsoft.KeyVault/vaults@2026-02-01' existing = {
  name: keyVaultName
}

resource apiKey 'Microsoft.KeyVault/vaults/secrets@2026-02-01' = {
  parent: vault
  name: 'AzureOpenAI--ApiKey'
  properties: {
    value: account.listKeys().key1
    contentType: 'text/plain'
  }
}

output endpoint string = account.properties.endpoint
output deploymentName string = modelDeployment.name
