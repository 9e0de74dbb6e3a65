import { CSV_LIMIT_MB, CSV_LIMITS } from '@switchoff/domain';
import { type CsvEncoding, decodeCsvBytes, type ImportKind } from '@switchoff/domain/formats';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { DataScopeRef } from '../../components/data-links';
import { Icon } from '../../components/icon';
import { useInvalidate } from '../../editing/invalidate';
import { errorAppMessage, errorCode } from '../../errors';
import { FieldError } from '../../forms/field-parts';
import { useI18n } from '../../i18n/i18n';
import { useTRPC } from '../../trpc';
import { ImportColumns } from './import-columns';
import { type CommitResult, ImportDone } from './import-done';
import { fileSize } from './import-file';
import { type ImportPreview, ImportPreviewView } from './import-preview';
import { followImportJob, type ImportJob, ImportProgressView } from './import-progress';

type ChosenFile = { name: string; size: number; text: string; encoding: CsvEncoding };
type Failure = { conflict: boolean; message: string };

const KINDS: readonly ImportKind[] = ['figures', 'milestones'];

/** The API's scope input for a comune or a consortium. */
function scopeInput(scope: DataScopeRef) {
  return 'istat' in scope ? { istat: scope.istat } : { consortium: scope.consortium };
}

/**
 * The import itself: kind, file (read in the browser, at most CSV_LIMIT_MB), its columns and template,
 * the preview (totals, refusals, changes before → after), then "Applica" with the preview's
 * fingerprint, which the server runs as a job: its progress (phase, rows written) is shown as it
 * goes. A conflict offers to preview again; success says what changed and refreshes only the
 * answers of the comuni the file touched. Progress and outcomes are announced.
 */
export function ImportWorkbench({ scope }: { scope: DataScopeRef }) {
  const { m, f, msg } = useI18n();
  const t = m.importer;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidate = useInvalidate();
  const id = useId();
  const [kind, setKind] = useState<ImportKind>('figures');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ data: ImportPreview; kind: ImportKind; file: ChosenFile } | null>(null);
  const [result, setResult] = useState<CommitResult | null>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<'preview' | 'failure' | 'result' | 'file' | null>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const previewMutation = useMutation(trpc.imports.preview.mutationOptions());
  const commitMutation = useMutation(trpc.imports.commit.mutationOptions());
  const forComune = 'istat' in scope;
  const sizeText = (bytes: number) =>
    fileSize(bytes, f, { kb: (n) => t.kilobytes({ n }), mb: (n) => t.megabytes({ n }) });

  useEffect(() => {
    const target = { preview: previewHeading, failure: failureRef, result: resultRef, file: fileInput }[
      focusTarget ?? 'preview'
    ];
    if (focusTarget) target.current?.focus();
  }, [focusTarget]);

  const reset = () => {
    setPreview(null);
    setResult(null);
    setFailure(null);
    setFocusTarget(null);
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    reset();
    setFile(null);
    setFileError(null);
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    // The server's limit counts characters and the browser sees bytes, at least one a character:
    // checked on bytes, no file over the server's limit is sent (a mostly accented one just
    // under it may be stopped here).
    if (chosen.size > CSV_LIMITS.chars) {
      setFileError(t.fileTooBig({ size: sizeText(chosen.size), mb: f.number(CSV_LIMIT_MB) }));
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await chosen.arrayBuffer());
    } catch {
      setFileError(t.fileUnreadable);
      return;
    }
    // Read here, not by File.text(): Excel's "CSV" is Windows-1252, which text() would mangle.
    const decoded = decodeCsvBytes(bytes);
    if (decoded.ok) setFile({ name: chosen.name, size: chosen.size, text: decoded.text, encoding: decoded.encoding });
    else setFileError(t.fileNotText);
  };

  const runPreview = async (source: ChosenFile, previewKind: ImportKind) => {
    setResult(null);
    setFailure(null);
    setFocusTarget(null);
    setAnnouncement(t.previewing);
    try {
      const data = await previewMutation.mutateAsync({ scope: scopeInput(scope), kind: previewKind, csv: source.text });
      setPreview({ data, kind: previewKind, file: source });
      setAnnouncement(t.announcePreview({ ...data.totals }));
      setFocusTarget('preview');
    } catch (error) {
      setPreview(null);
      const message = errorCode(error) === null ? t.networkError : msg(errorAppMessage(error));
      setFailure({ conflict: false, message });
      setAnnouncement(message);
      setFocusTarget('failure');
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setFileError(fileError ?? t.fileRequired);
      setFocusTarget('file');
      return;
    }
    void runPreview(file, kind);
  };

  const apply = async () => {
    if (!preview) return;
    setFailure(null);
    setAnnouncement(t.applying);
    try {
      const started = await commitMutation.mutateAsync({
        scope: scopeInput(scope),
        kind: preview.kind,
        csv: preview.file.text,
        fingerprint: preview.data.fingerprint,
        fileName: preview.file.name,
      });
      const ended = await followImportJob(
        started.job,
        (jobId) => queryClient.fetchQuery({ ...trpc.imports.job.queryOptions({ id: jobId }), staleTime: 0 }),
        setJob,
      );
      setJob(null);
      if (ended.error !== null) {
        const conflict = ended.error.code === 'import.changedSincePreview';
        const message = msg({ code: ended.error.code, params: ended.error.params });
        setFailure({ conflict, message });
        setAnnouncement(`${conflict ? t.conflictTitle : t.failedTitle}. ${message}`);
        setFocusTarget('failure');
        return;
      }
      const done = ended.result;
      if (done === null) throw new Error('import job ended without a result');
      setResult(done);
      setPreview(null);
      setAnnouncement(
        `${t.doneTitle}. ${t.doneText({ added: done.added, changed: done.changed, unchanged: done.unchanged })}`,
      );
      setFocusTarget('result');
      void invalidate.imported(
        done.kind,
        done.comuni.map((c) => c.istat),
      );
    } catch (error) {
      setJob(null);
      // Another import running is a 409 too, but previewing again would not help: its message says so.
      const conflict = errorCode(error) === 'CONFLICT' && errorAppMessage(error).code === 'import.changedSincePreview';
      const message = errorCode(error) === null ? t.networkError : msg(errorAppMessage(error));
      setFailure({ conflict, message });
      setAnnouncement(`${conflict ? t.conflictTitle : t.failedTitle}. ${message}`);
      setFocusTarget('failure');
    }
  };

  const startOver = () => {
    reset();
    setFile(null);
    if (fileInput.current) fileInput.current.value = '';
    setFocusTarget('file');
  };

  return (
    <div className="import-workbench">
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <p>{t.howItWorks}</p>
      <form onSubmit={submit} noValidate className="import-form mb-4">
        <fieldset className="mb-3">
          <legend className="h5">{t.kindLegend}</legend>
          {KINDS.map((option) => (
            <div key={option} className="form-check">
              <input
                id={`${id}-${option}`}
                className="form-check-input"
                type="radio"
                name={`${id}-kind`}
                value={option}
                checked={kind === option}
                aria-describedby={`${id}-${option}-hint`}
                onChange={() => {
                  setKind(option);
                  reset();
                }}
              />
              <label htmlFor={`${id}-${option}`} className="form-check-label">
                {t.kinds[option]}
              </label>
              <small id={`${id}-${option}-hint`} className="form-text d-block ms-4 mt-0">
                {t.kindHints[option]}
              </small>
            </div>
          ))}
        </fieldset>
        <div className="so-field mb-3">
          <label htmlFor={`${id}-file`} className="form-label fw-semibold d-block">
            {t.file}
          </label>
          <small id={`${id}-file-hint`} className="form-text d-block mb-1">
            {t.fileHint({ mb: f.number(CSV_LIMIT_MB) })}
          </small>
          <input
            ref={fileInput}
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            className={`form-control import-file${fileError ? ' is-invalid' : ''}`}
            aria-describedby={`${id}-file-hint${fileError ? ` ${id}-file-error` : ''}${file ? ` ${id}-file-chosen` : ''}`}
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => void chooseFile(event)}
          />
          {file ? (
            <p id={`${id}-file-chosen`} className="small mt-1 mb-0">
              <Icon name="it-file" size="xs" className="me-1" />
              {t.fileChosen({ name: file.name, size: sizeText(file.size) })}
            </p>
          ) : null}
          <div role="alert">{fileError ? <FieldError id={`${id}-file`} text={fileError} /> : null}</div>
        </div>
        <button
          type="submit"
          className="btn btn-primary"
          disabled={previewMutation.isPending}
          aria-busy={previewMutation.isPending || undefined}
        >
          {previewMutation.isPending ? t.previewing : t.preview}
        </button>
      </form>

      {failure ? (
        <div
          ref={failureRef}
          tabIndex={-1}
          className={`alert ${failure.conflict ? 'alert-warning' : 'alert-danger'} mb-4`}
        >
          <h2 className="h5 alert-heading">{failure.conflict ? t.conflictTitle : t.failedTitle}</h2>
          <p className="mb-2">{failure.message}</p>
          {failure.conflict && preview ? (
            <button
              type="button"
              className="btn btn-primary btn-sm"
              onClick={() => void runPreview(preview.file, preview.kind)}
            >
              <Icon name="it-refresh" size="xs" className="icon-white me-1" />
              {t.conflictAgain}
            </button>
          ) : null}
        </div>
      ) : null}

      {job ? <ImportProgressView job={job} /> : null}

      {result ? <ImportDone result={result} resultRef={resultRef} onAnother={startOver} /> : null}

      {preview ? (
        <ImportPreviewView
          preview={preview.data}
          fileName={preview.file.name}
          encoding={preview.file.encoding}
          onApply={() => void apply()}
          applying={commitMutation.isPending || job !== null}
          headingRef={previewHeading}
        />
      ) : null}

      <ImportColumns kind={kind} forComune={forComune} />
    </div>
  );
}
