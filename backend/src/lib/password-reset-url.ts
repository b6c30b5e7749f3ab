/** The storefront page where each kind of login sets a new password with Medusa's token. */
export const RESET_PAGES = {
  customer: "/account/reset-password",
  farmer: "/farmer/reset-password",
} as const

export function passwordResetUrl(storefrontUrl: string, token: string, email: string, actor: keyof typeof RESET_PAGES = "customer"): string {
  const url = new URL(RESET_PAGES[actor], storefrontUrl)
  url.searchParams.set("token", token)
  url.searchParams.set("email", email)
  return url.toString()
}
