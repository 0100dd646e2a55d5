import { graphql } from '../../gql';

export const SessionUserFields = graphql(`
  fragment SessionUserFields on User {
    id
    email
    displayName
    role
    teamId
    language
    timeZone
    lastLoginAt
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...SessionUserFields
    }
  }
`);

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      refreshToken
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

export const UpdateMyLanguageMutation = graphql(`
  mutation UpdateMyLanguage($language: UiLanguage!) {
    updateMyPreferences(input: { language: $language }) {
      id
      language
    }
  }
`);

export const UpdateMyTimeZoneMutation = graphql(`
  mutation UpdateMyTimeZone($timeZone: String!) {
    updateMyPreferences(input: { timeZone: $timeZone }) {
      id
      timeZone
    }
  }
`);
