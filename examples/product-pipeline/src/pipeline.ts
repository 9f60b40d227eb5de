import { defineStage, defineWorkflow, InvalidInputError } from '@sluice/worker';

/**
 * The seed pipeline of the systems Sluice replaces: a crawled product goes through
 * DISCOVERY → IMAGE_FETCH → ENRICHMENT → DATA_MAPPING → SCORING → INDEXING → NOTIFICATION.
 * Each stage receives the previous stage's output and returns the record grown by one step,
 * so the last output holds what every stage contributed. The work here is local and
 * deterministic; a real deployment calls the shop, an image store and an AI API.
 */

export interface Product {
  readonly sku: string;
  readonly url: string;
}
interface Discovered extends Product {
  readonly title: string;
  readonly image_urls: string[];
}
interface WithImages extends Discovered {
  readonly images: Array<{ url: string; bytes: number }>;
}
interface Enriched extends WithImages {
  readonly description: string;
  readonly tags: string[];
}
interface Mapped extends Enriched {
  readonly category: string;
}
interface Scored extends Mapped {
  readonly score: number;
}
interface Indexed extends Scored {
  readonly index_id: string;
}
export interface Notified extends Indexed {
  readonly notified: string[];
}

export const productPipeline = defineWorkflow({
  type: 'product',
  retry: { maxAttempts: 4, initialDelayMs: 1000, multiplier: 2, maxDelayMs: 60_000, jitter: 0.5 },
  stages: [
    defineStage<Product, Discovered>({
      name: 'DISCOVERY',
      handler: async (input) => {
        if (!/^https?:\/\//.test(input.url ?? '')) throw new InvalidInputError(`product ${input.sku} has no http(s) url`, { url: input.url });
        const slug = new URL(input.url).pathname.split('/').filter(Boolean).at(-1) ?? input.sku;
        return { ...input, title: slug.replace(/-/g, ' '), image_urls: [`${input.url}/front.jpg`, `${input.url}/side.jpg`] };
      },
    }),
    defineStage<Discovered, WithImages>({
      name: 'IMAGE_FETCH',
      handler: async (input, ctx) => {
        const images = [];
        for (const [i, url] of input.image_urls.entries()) {
          images.push({ url, bytes: 1024 * (url.length % 7 + 1) });
          await ctx.progress(Math.round(((i + 1) / input.image_urls.length) * 100), `image ${i + 1} of ${input.image_urls.length}`);
        }
        return { ...input, images };
      },
    }),
    defineStage<WithImages, Enriched>({
      name: 'ENRICHMENT',
      quotaResource: 'ai:enrichment',
      handler: async (input) => ({ ...input, description: `A ${input.title} with ${input.images.length} photos.`, tags: input.title.split(' ') }),
    }),
    defineStage<Enriched, Mapped>({
      name: 'DATA_MAPPING',
      handler: async (input) => ({ ...input, category: input.tags.includes('chair') ? 'furniture' : 'other' }),
    }),
    defineStage<Mapped, Scored>({
      name: 'SCORING',
      handler: async (input) => ({ ...input, score: Math.min(100, input.images.length * 20 + input.tags.length * 10) }),
    }),
    defineStage<Scored, Indexed>({
      name: 'INDEXING',
      handler: async (input, ctx) => ({ ...input, index_id: `idx-${input.sku}-${ctx.fence}` }),
    }),
    defineStage<Indexed, Notified>({
      name: 'NOTIFICATION',
      handler: async (input) => ({ ...input, notified: input.score >= 50 ? ['merchandising'] : [] }),
    }),
  ],
});
