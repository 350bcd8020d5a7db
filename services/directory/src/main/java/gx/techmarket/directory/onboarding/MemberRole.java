package gx.techmarket.directory.onboarding;

/** What a user is in its organisation: a member, or the organisation's administrator (invites and removes members). */
public enum MemberRole {
    MEMBER,
    ORG_ADMIN
}
