// The zone table and the city lists `npm run zones` wrote to public/data, read at build time.
import type { Locale } from '../i18n/locales.ts';
import type { ZoneCities, ZoneTable } from '../lib/time/zone-search.ts';
import en from '../../public/data/zone-cities.en.json';
import ru from '../../public/data/zone-cities.ru.json';
import table from '../../public/data/zone-table.json';

const cities: Record<Locale, ZoneCities> = { en, ru };

export default { table: table as ZoneTable, cities };
