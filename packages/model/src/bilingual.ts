/** A text in the site's two languages: Japanese (primary) and English. */
export interface Bilingual {
  ja: string;
  en: string;
}
