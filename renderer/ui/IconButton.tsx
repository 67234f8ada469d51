// A button that shows only an icon: its label is both the accessible name and the tooltip, so the
// two can never disagree.
import type { MouseEventHandler } from 'react';
import { Icon, type IconName } from './Icon';

interface Props {
  icon: IconName;
  label: string;
  onClick: MouseEventHandler<HTMLButtonElement>;
  /** Extra classes after `icon-button` (e.g. `icon-button-danger`). */
  className?: string;
  size?: number;
  disabled?: boolean;
  testId?: string;
}

export function IconButton({ icon, label, onClick, className, size = 16, disabled, testId }: Props) {
  return (
    <button
      type="button"
      className={className ? `icon-button ${className}` : 'icon-button'}
      data-testid={testId}
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      <Icon name={icon} size={size} />
    </button>
  );
}
