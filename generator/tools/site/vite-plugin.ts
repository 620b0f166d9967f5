import type { SiteConfig } from 'vitepress'

/** A plugin of the Vite that VitePress runs (its own copy, which may be another version than the repository's). */
export type VitePressPlugin = Extract<NonNullable<NonNullable<SiteConfig['vite']>['plugins']>[number], { name: string }>
