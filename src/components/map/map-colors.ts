// Which colour each legend class gets: the sequential scheme for levels, the diverging one for a
// change (falls purple, rises orange, a class holding both the neutral grey-white).
import type { MapClass, MapFigureId } from '../../figures/map';
import { DIVERGING_FIGURES } from '../../figures/map';
import { mapDivergingColors, mapSequentialColors } from '../colors';

export function classColors(figure: MapFigureId, classes: readonly MapClass[]): string[] {
  if (!DIVERGING_FIGURES.has(figure)) {
    // Fewer than five classes (ties) still span light to dark.
    const n = classes.length;
    return classes.map((_, i) =>
      n <= 1
        ? (mapSequentialColors[2] as string)
        : (mapSequentialColors[Math.round((i * 4) / (n - 1))] as string),
    );
  }
  const falls = classes.filter((c) => c.to < 0).length;
  const rises = classes.filter((c) => c.from > 0).length;
  return classes.map((c, i) => {
    if (c.to < 0) return mapDivergingColors.down[falls - 1 - i] ?? mapDivergingColors.down[4];
    if (c.from > 0) return mapDivergingColors.up[i - (classes.length - rises)] ?? mapDivergingColors.up[4];
    return mapDivergingColors.none;
  });
}
