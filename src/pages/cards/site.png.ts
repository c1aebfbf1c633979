import type { APIRoute } from 'astro';
import { renderCard } from '../../cards/render';
import { CARD_SIZE, SITE } from '../../consts';
import { siteCard } from '../../lib/site/card';

export const GET: APIRoute = async () =>
  new Response(
    new Uint8Array(
      await renderCard(siteCard({ siteTitle: SITE.title, description: SITE.description }, CARD_SIZE), CARD_SIZE),
    ),
    {
      headers: { 'Content-Type': 'image/png' },
    },
  );
