// ISO 3166-1 alpha-2: the 249 officially assigned codes, plus XK (Kosovo), a user-assigned code that
// the EU, CLDR and every browser's Intl use. Intl.DisplayNames cannot tell real codes from made-up
// ones (it echoes unknown codes back), hence the list. Kept as one string: 500 bytes in the bundle.
const CODES =
  'ADAEAFAGAIALAMAOAQARASATAUAWAXAZ' +
  'BABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZ' +
  'CACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZ' +
  'DEDJDKDMDODZ' +
  'ECEEEGEHERESET' +
  'FIFJFKFMFOFR' +
  'GAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGY' +
  'HKHMHNHRHTHU' +
  'IDIEILIMINIOIQIRISIT' +
  'JEJMJOJP' +
  'KEKGKHKIKMKNKPKRKWKYKZ' +
  'LALBLCLILKLRLSLTLULVLY' +
  'MAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZ' +
  'NANCNENFNGNINLNONPNRNUNZ' +
  'OM' +
  'PAPEPFPGPHPKPLPMPNPRPSPTPWPY' +
  'QA' +
  'RERORSRURW' +
  'SASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZ' +
  'TCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZ' +
  'UAUGUMUSUYUZ' +
  'VAVCVEVGVIVNVU' +
  'WFWS' +
  'XK' +
  'YEYT' +
  'ZAZMZW';

/** The ISO 3166-1 alpha-2 codes a city's `country` may take (uppercase), in alphabetical order. */
export const COUNTRY_CODES: readonly string[] = CODES.match(/../g) ?? [];
