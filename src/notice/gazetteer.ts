// A small gazetteer shipped with the app: the towns, cities and lakes this genre's notices name in
// north-east China, Russia's Transbaikal and Mongolia, with approximate coordinates.
// FACTS ONLY: a place is listed only where its position is known to within about 10 km. Places
// left out on purpose because that is not so: 伊尔施, 阿日哈沙特, 黑山头, 室韦, 二卡, 阿巴该图,
// 肯特山 (a range, not a point), 二子湖, 海拉尔河 (a river). The map lists such places; it never
// invents a position.

export interface Location {
  /** Longitude, degrees east, to two decimals. */
  readonly lon: number;
  /** Latitude, degrees north, to two decimals. */
  readonly lat: number;
  readonly en: string;
}

const PLACES: Readonly<Record<string, Location>> = {
  // Hulunbuir and the rest of Inner Mongolia
  满洲里: { lon: 117.38, lat: 49.6, en: 'Manzhouli' },
  扎赉诺尔: { lon: 117.7, lat: 49.45, en: 'Jalainur' },
  海拉尔: { lon: 119.76, lat: 49.21, en: 'Hailar' },
  牙克石: { lon: 120.73, lat: 49.29, en: 'Yakeshi' },
  阿拉坦额莫勒: { lon: 116.82, lat: 48.67, en: 'Altan Emeel (New Barag Right Banner)' },
  阿木古郎: { lon: 118.27, lat: 48.22, en: 'Amgalang (New Barag Left Banner)' },
  拉布大林: { lon: 120.18, lat: 50.24, en: 'Labudalin (Ergun)' },
  阿尔山: { lon: 119.94, lat: 47.18, en: 'Arxan' },
  乌兰浩特: { lon: 122.05, lat: 46.08, en: 'Ulanhot' },
  二连浩特: { lon: 111.98, lat: 43.65, en: 'Erenhot' },
  呼和浩特: { lon: 111.75, lat: 40.84, en: 'Hohhot' },
  呼伦湖: { lon: 117.4, lat: 48.95, en: 'Hulun Lake' },
  // Heilongjiang, Jilin, Liaoning
  齐齐哈尔: { lon: 123.96, lat: 47.34, en: 'Qiqihar' },
  哈尔滨: { lon: 126.64, lat: 45.76, en: 'Harbin' },
  绥芬河: { lon: 131.15, lat: 44.4, en: 'Suifenhe' },
  黑河: { lon: 127.5, lat: 50.25, en: 'Heihe' },
  长春: { lon: 125.32, lat: 43.88, en: 'Changchun' },
  沈阳: { lon: 123.43, lat: 41.8, en: 'Shenyang' },
  大连: { lon: 121.61, lat: 38.91, en: 'Dalian' },
  营口: { lon: 122.23, lat: 40.67, en: 'Yingkou' },
  // Hebei, Tianjin, Beijing
  秦皇岛: { lon: 119.6, lat: 39.94, en: 'Qinhuangdao' },
  天津: { lon: 117.2, lat: 39.13, en: 'Tianjin' },
  北京: { lon: 116.4, lat: 39.9, en: 'Beijing' },
  // Russia: Transbaikal, Buryatia, Irkutsk, the Far East
  后贝加尔斯克: { lon: 117.33, lat: 49.65, en: 'Zabaykalsk' },
  红石: { lon: 118.03, lat: 50.1, en: 'Krasnokamensk' },
  赤塔: { lon: 113.5, lat: 52.03, en: 'Chita' },
  乌兰乌德: { lon: 107.6, lat: 51.83, en: 'Ulan-Ude' },
  伊尔库茨克: { lon: 104.3, lat: 52.29, en: 'Irkutsk' },
  布拉戈维申斯克: { lon: 127.53, lat: 50.27, en: 'Blagoveshchensk' },
  符拉迪沃斯托克: { lon: 131.89, lat: 43.12, en: 'Vladivostok' },
  // Mongolia
  乔巴山: { lon: 114.5, lat: 48.07, en: 'Choibalsan' },
  乌兰巴托: { lon: 106.92, lat: 47.92, en: 'Ulaanbaatar' },
};

/** Other names of the same places: a banner or county is located at its seat. */
const ALIASES: Readonly<Record<string, string>> = {
  新巴尔虎右旗: '阿拉坦额莫勒',
  新巴尔虎左旗: '阿木古郎',
  额尔古纳: '拉布大林',
  呼伦贝尔: '海拉尔',
  扎赉诺尔区: '扎赉诺尔',
  满洲里市: '满洲里',
  克拉斯诺卡缅斯克: '红石',
  海参崴: '符拉迪沃斯托克',
  乌兰乌德市: '乌兰乌德',
};

/** Where a place is, or null when the gazetteer does not know it (it is then listed, not drawn). */
export function locate(place: string): Location | null {
  return PLACES[place] ?? PLACES[ALIASES[place] ?? ''] ?? null;
}

/** The gazetteer's names and aliases by their first character, in the order written (the first of
 *  two equally long wins): the project rules ask at every character of a phrase. */
const KNOWN_BY_FIRST = new Map<number, string[]>();
for (const place of [...Object.keys(PLACES), ...Object.keys(ALIASES)]) {
  const first = place.charCodeAt(0);
  KNOWN_BY_FIRST.set(first, [...(KNOWN_BY_FIRST.get(first) ?? []), place]);
}

/** The longest known place a name begins with: `满洲里西郊机场` → 满洲里. */
export function knownPlacePrefix(name: string): string | null {
  let best: string | null = null;
  for (const place of KNOWN_BY_FIRST.get(name.charCodeAt(0)) ?? []) {
    if (name.startsWith(place) && place.length > (best?.length ?? 0)) best = place;
  }
  return best;
}
