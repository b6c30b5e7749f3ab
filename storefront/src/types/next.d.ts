// Next.js' ambient types (CSS modules, fetch's `next` option, image imports) without relying on
// the generated, git-ignored next-env.d.ts, so `tsc` works on a fresh checkout.
/// <reference types="next" />
/// <reference types="next/image-types/global" />
