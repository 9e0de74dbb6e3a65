import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Icon, type IconName } from '../components/icon';
import { useI18n } from '../i18n/i18n';

type ToolPanelProps = {
  /** The button that opens the form. */
  label: string;
  /** The heading of the open form. */
  title: string;
  icon?: IconName;
  headingLevel?: 2 | 3 | 4;
  /** The form; `done(message)` closes it and says what was saved. */
  children: (done: (message?: string) => void) => ReactNode;
  buttonClassName?: string;
};

/**
 * A form that opens under its button: focus moves to the form's heading when it opens and back
 * to the button when it closes, and what was saved is announced beside the button.
 */
export function ToolPanel({
  label,
  title,
  icon = 'it-pencil',
  headingLevel = 3,
  children,
  buttonClassName = 'btn btn-outline-primary btn-sm',
}: ToolPanelProps) {
  const { m } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [justClosed, setJustClosed] = useState(false);

  useEffect(() => {
    if (open) headingRef.current?.focus();
    else if (justClosed) buttonRef.current?.focus();
  }, [open, justClosed]);

  const done = (saved?: string) => {
    setMessage(saved ?? '');
    setOpen(false);
    setJustClosed(true);
  };
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="tool-panel">
      <div className="d-flex flex-wrap align-items-center gap-2">
        <button
          ref={buttonRef}
          type="button"
          className={buttonClassName}
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          onClick={() => {
            setMessage('');
            setJustClosed(false);
            setOpen(!open);
          }}
        >
          <Icon name={icon} size="xs" className="me-1" />
          {label}
        </button>
        <span role="status" className="tool-panel-status small">
          {message ? (
            <>
              <Icon name="it-check-circle" size="xs" className="me-1" />
              {message}
            </>
          ) : null}
        </span>
      </div>
      {open ? (
        <div id={`${id}-panel`} className="tool-panel-body">
          <div className="d-flex justify-content-between align-items-start gap-2">
            <Heading ref={headingRef} tabIndex={-1} className="h5 tool-panel-title">
              {title}
            </Heading>
            <button type="button" className="btn btn-link btn-sm p-0" onClick={() => done()}>
              <Icon name="it-close" size="xs" className="me-1" />
              {m.staff.close}
            </button>
          </div>
          {children(done)}
        </div>
      ) : null}
    </div>
  );
}
