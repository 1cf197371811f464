/**
 * A link to another configuration that is also a one-click action: its
 * `href` is the new state's query (formatQuery), so it opens in a new tab or
 * is copied like any link; a plain click (or Enter) applies the configuration
 * through the store, as the solver's Apply does, and the URL follows
 * (urlSync.ts) without reloading the page and its engine.
 */
import type { MouseEvent, ReactNode } from 'react';
import type { Config } from '../../core';
import { setConfig } from '../../state/store';
import { formatQuery } from '../../state/urlCodec';
import { useApp } from '../hooks/useApp';

/** The link's query: the current view settings with another configuration. */
export function useConfigHref(config: Config): string {
  const view = useApp((s) => s.view);
  return `?${formatQuery({ config, view })}`;
}

interface Props {
  readonly config: Config;
  readonly children: ReactNode;
  readonly testId?: string;
  readonly className?: string;
  /** Accessible name when the visible text alone does not say where the link goes. */
  readonly label?: string;
}

export function ConfigLink({ config, children, testId, className, label }: Props) {
  const href = useConfigHref(config);
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    // A middle click or a modifier asks the browser for a new tab or window: let it open the href.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    setConfig(config);
  };
  return (
    <a href={href} onClick={onClick} data-testid={testId} className={className} aria-label={label}>
      {children}
    </a>
  );
}
