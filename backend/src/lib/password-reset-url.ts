/** The storefront page where a customer sets a new password with the token Medusa issued. */
export function passwordResetUrl(storefrontUrl: string, token: string, email: string): string {
  const url = new URL("/account/reset-password", storefrontUrl)
  url.searchParams.set("token", token)
  url.searchParams.set("email", email)
  return url.toString()
}
