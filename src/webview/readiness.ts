import type { SidebarLine, SidebarSnapshot } from '../protocol';
import { codicon, element } from './dom';
import { postToHost } from './vscodeApi';

/**
 * The readiness line ("Staff: 6 of 8 expectations with evidence, 3 strong"), which opens
 * the readiness view, and beneath it, when the ladder the settings name cannot be used,
 * a line saying so, which opens the file or the setting to mend. Each is a button drawn
 * as a link: reached by Tab, pressed with Enter or Space, named in full for a screen
 * reader (the visible words first). None until the host has measured readiness.
 */
export function readinessLines(snapshot: SidebarSnapshot): HTMLElement[] {
  const { readiness, ladderProblem } = snapshot;
  if (!readiness && !ladderProblem) return [];
  return [
    element(
      'div',
      { class: 'readiness', id: 'readiness' },
      readiness && lineButton(readiness, 'milestone', 'readiness-line', () => postToHost({ type: 'showReadiness' })),
      ladderProblem &&
        lineButton(ladderProblem, 'warning', 'ladder-problem', () => postToHost({ type: 'openLadderProblem' })),
    ),
  ];
}

function lineButton(line: SidebarLine, icon: string, key: string, onClick: () => void): HTMLButtonElement {
  const node = element(
    'button',
    { type: 'button', class: `link ${key}`, 'aria-label': line.label, title: line.label, 'data-focus-key': key },
    lineIcon(icon),
    element('span', {}, line.text),
  );
  node.addEventListener('click', onClick);
  return node;
}

function lineIcon(name: string): HTMLElement {
  const icon = codicon(name);
  icon.classList.add('line-icon', `line-icon-${name}`);
  return icon;
}
