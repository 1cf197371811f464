/**
 * The two sections of image mode as tabs (WAI-ARIA tabs pattern): arrow
 * keys / Home / End move between the tabs and select them, each tab controls
 * its section's panel (`tabPanelId`). Unlike the pattern's single tab stop,
 * both tabs are in the Tab order, as the view switcher's buttons are
 * (ViewNav.tsx): the page promises that Tab alone reaches every control.
 */
import { useRef, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { IMAGE_SECTIONS, imageStore, setImageUi, type ImageSection } from './imageStore';

const TAB_LABEL: Record<ImageSection, string> = {
  modes: 'Padding modes',
  checkerboard: 'Checkerboard (transposed convolution)',
};

/** The id of a section's tab and of its panel (aria-controls / aria-labelledby). */
export const tabId = (section: ImageSection) => `image-tab-${section}`;
export const tabPanelId = (section: ImageSection) => `image-panel-${section}`;

export function ImageTabs() {
  const section = useStore(imageStore, (s) => s.section);
  const tabs = useRef<Partial<Record<ImageSection, HTMLButtonElement | null>>>({});

  const select = (next: ImageSection) => {
    setImageUi({ section: next });
    tabs.current[next]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const i = IMAGE_SECTIONS.indexOf(section);
    const n = IMAGE_SECTIONS.length;
    const to = { ArrowRight: (i + 1) % n, ArrowLeft: (i - 1 + n) % n, Home: 0, End: n - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    select(IMAGE_SECTIONS[to] ?? section);
  };

  return (
    <div className="image-tabs" role="tablist" aria-label="Image mode sections" onKeyDown={onKeyDown}>
      {IMAGE_SECTIONS.map((s) => (
        <button
          key={s}
          ref={(el) => {
            tabs.current[s] = el;
          }}
          type="button"
          role="tab"
          id={tabId(s)}
          aria-selected={s === section}
          aria-controls={tabPanelId(s)}
          onClick={() => select(s)}
        >
          {TAB_LABEL[s]}
        </button>
      ))}
    </div>
  );
}
