/** One feature map with its receptive field, on a canvas (the drawing is render/netField's). */
import { useEffect, useMemo, useRef, type MouseEvent } from 'react';
import { prepareCanvas } from '../../../render/canvas';
import { cellAtPoint, drawField, fieldLayout, type FieldPicture, type FieldWindow } from '../../../render/netField';
import { useDevicePixelRatio } from '../../grids/useDevicePixelRatio';

interface Props {
  readonly picture: FieldPicture;
  /** Longest side the picture may take, CSS px (cells stay at least 1 px: bigger maps scroll). */
  readonly maxSide: number;
  /** Largest cell edge, CSS px. */
  readonly maxCell?: number;
  /** Draw only this part (a zoom around the field); the whole picture when absent. */
  readonly zoom?: FieldWindow;
  /** What the picture shows, for screen readers. */
  readonly label: string;
  /** Called with the cell clicked, in level coordinates (may be in the padding band). */
  readonly onPick?: (row: number, col: number) => void;
}

export function FieldCanvas({ picture, maxSide, maxCell = 24, zoom, label, onPick }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const dpr = useDevicePixelRatio();
  const layout = useMemo(() => fieldLayout(picture, maxSide, maxCell, 1, zoom), [picture, maxSide, maxCell, zoom]);

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas && prepareCanvas(canvas, layout, dpr);
    if (ctx) drawField(ctx, layout, picture);
  }, [layout, picture, dpr]);

  const click = (e: MouseEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const cell = cellAtPoint(layout, e.clientX - rect.left, e.clientY - rect.top);
    if (cell && onPick) onPick(cell.row, cell.col);
  };

  return (
    <div className="rf-canvas-scroll">
      <div className="canvas-stack rf-canvas" style={{ width: layout.width, height: layout.height }}>
        <canvas ref={ref} role="img" aria-label={label} onClick={onPick ? click : undefined} />
      </div>
    </div>
  );
}
