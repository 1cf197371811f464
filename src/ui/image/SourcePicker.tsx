/**
 * Where the picture comes from: a sample, a file input (the keyboard path),
 * a drop zone (dropping anywhere on the view works too) and paste. Everything
 * the user provides — file names included — is rendered as text.
 */
import { useEffect, useId, useState, type DragEvent as ReactDragEvent } from 'react';
import { IMAGE_LIMITS } from '../../core';
import { useStore } from 'zustand';
import { imageStore } from './imageStore';
import { SAMPLES, SAMPLE_LABEL, type SampleName } from './samples';
import { firstFile, loadUserFile, showSample } from './sourceActions';

const hasFiles = (e: DragEvent | ReactDragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/** Window-wide drop and paste while image mode is open: a missed drop must not navigate away. */
function useWindowDropAndPaste(): void {
  useEffect(() => {
    const onDragOver = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      const file = firstFile(e.dataTransfer?.files);
      if (file) void loadUserFile(file, 'file');
    };
    const onPaste = (e: ClipboardEvent) => {
      // Only a pasted file is ours: text pasted into a field (a custom kernel) goes on as usual.
      const file = firstFile(e.clipboardData?.files);
      if (!file) return;
      e.preventDefault();
      void loadUserFile(file, 'paste');
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('paste', onPaste);
    };
  }, []);
}

export function SourcePicker() {
  const id = useId();
  const sample = useStore(imageStore, (s) => s.sample);
  const loading = useStore(imageStore, (s) => s.loading);
  const loadError = useStore(imageStore, (s) => s.loadError);
  const loadNotice = useStore(imageStore, (s) => s.loadNotice);
  const [over, setOver] = useState(false);
  useWindowDropAndPaste();

  return (
    <div className="image-source">
      <div className="field">
        <label htmlFor={`${id}-sample`}>Sample</label>
        <select id={`${id}-sample`} value={sample ?? ''} onChange={(e) => e.target.value && showSample(e.target.value as SampleName)}>
          {sample === null ? <option value="">(your picture)</option> : null}
          {SAMPLES.map((s) => (
            <option key={s} value={s}>
              {SAMPLE_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      <div
        className={`image-drop${over ? ' image-drop-over' : ''}`}
        data-testid="image-drop"
        onDragEnter={(e) => hasFiles(e) && setOver(true)}
        onDragLeave={() => setOver(false)}
        onDrop={() => setOver(false)}
      >
        <label htmlFor={`${id}-file`}>Your picture</label>
        <input
          id={`${id}-file`}
          type="file"
          accept="image/*"
          data-testid="image-file"
          onChange={(e) => {
            const file = firstFile(e.target.files);
            if (file) void loadUserFile(file, 'file');
            // Picking the same file again must load it again.
            e.target.value = '';
          }}
        />
        <p className="image-hint">…or drop a picture anywhere here, or paste one (Ctrl+V). {`Up to ${IMAGE_LIMITS.maxSide} px on the longest side; larger ones are scaled down.`}</p>
      </div>
      {/* One live region that stays put while its lines come and go: a status element inserted
          together with its text is not reliably announced by screen readers. */}
      <div role="status" className="image-source-status" data-testid="image-source-status">
        {loading ? <p className="image-hint">{`Loading “${loading}”…`}</p> : null}
        {loadNotice ? (
          <p className="notices image-notice" data-testid="image-notice">
            {loadNotice}
          </p>
        ) : null}
      </div>
      {loadError ? (
        <div role="alert" className="invalid" data-testid="image-error">
          {loadError}
        </div>
      ) : null}
    </div>
  );
}
