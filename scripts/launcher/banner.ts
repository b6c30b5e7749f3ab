import type { Addresses } from "./app-env"
import type { Secrets } from "./secrets"

/** What a person needs once everything serves: addresses and how to sign in to the admin. */
export function banner(at: Addresses, secrets: Secrets, secretsFile: string, seconds: number): string {
  const line = "─".repeat(72)
  return [
    line,
    ` 서귀포in 실행 중 / 서귀포in is running (ready in ${seconds.toFixed(1)} s)`,
    `   쇼핑몰 Shop        ${at.storefrontUrl}`,
    `   관리자 Admin       ${at.adminUrl}`,
    `   API               ${at.backendUrl}`,
    ` 관리자 로그인 / Admin sign-in (${at.adminUrl})`,
    `   이메일 email       ${secrets.adminEmail}`,
    `   비밀번호 password  ${secrets.adminPassword}`,
    ` 농가 로그인 / Farmer sign-in (${at.storefrontUrl}/farmer, 남원 햇살과수원)`,
    `   이메일 email       ${secrets.farmerEmail}`,
    `   비밀번호 password  ${secrets.farmerPassword}`,
    `   보관 파일 kept in  ${secretsFile}`,
    " 멈추려면 Ctrl-C / Ctrl-C stops everything",
    line,
  ].join("\n")
}
