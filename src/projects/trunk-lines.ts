// Trunk lines named by abbreviations of their two ends (滨洲铁路 = 哈尔滨—满洲里): facts of the
// region's network, so a line named that way can still be drawn. Only lines of north-east China
// whose ends are certain; the notice's own stops (a section `海拉尔—满洲里段`) take precedence.

const ENDS: Readonly<Record<string, readonly [string, string]>> = {
  滨洲: ['哈尔滨', '满洲里'],
  // Official name 滨洲; notices, the Manzhouli one among them, also write 滨州.
  滨州: ['哈尔滨', '满洲里'],
  滨绥: ['哈尔滨', '绥芬河'],
  绥满: ['绥芬河', '满洲里'],
  哈大: ['哈尔滨', '大连'],
  京哈: ['北京', '哈尔滨'],
  哈满: ['哈尔滨', '满洲里'],
};

/** The two ends of a line named by abbreviation (`滨州` → 哈尔滨, 满洲里), or null. */
export function trunkLineEnds(abbreviation: string): readonly string[] | null {
  return ENDS[abbreviation] ?? null;
}
