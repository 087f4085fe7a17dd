// One fund-year table as CSV, in whole pounds, from the model.
import type { APIRoute } from 'astro';
import { getModel } from '../../../publication/index.ts';
import { fundYearCsv } from '../../../publication/open-data.ts';
import type { PublicFund, PublicFundYear } from '../../../publication/model.ts';

export async function getStaticPaths() {
  const m = await getModel();
  return m.funds.flatMap((fund) =>
    fund.years.map((year) => ({ params: { id: fund.id, year: year.year }, props: { fund, year } })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const { fund, year } = props as { fund: PublicFund; year: PublicFundYear };
  return new Response(fundYearCsv(await getModel(), fund, year), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
