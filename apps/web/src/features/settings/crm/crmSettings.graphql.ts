import { graphql } from '../../../gql';

export const CrmSettingsQuery = graphql(`
  query CrmSettings {
    crmSettings {
      ...CrmSettingsFields
    }
  }
`);

export const UpdateCrmSettingsMutation = graphql(`
  mutation UpdateCrmSettings($input: UpdateCrmSettingsInput!) {
    updateCrmSettings(input: $input) {
      ...CrmSettingsFields
    }
  }
`);

export const CrmSettingsFields = graphql(`
  fragment CrmSettingsFields on CrmSettings {
    reportingCurrency
    grading {
      vipRevenue12m
      keyRevenue12m
      vipOrders12m
      keyOrders12m
      potentialActivityDays
      dormantMonths
      lostMonths
    }
    followUpDays {
      vip
      key
      regular
      potential
      dormant
      lost
    }
    pool {
      idleDays
      warningDays
      claimCap
    }
    assignmentRules {
      country
      industry
      teamId
      userId
      user {
        id
        displayName
      }
    }
  }
`);
