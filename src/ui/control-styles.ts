import { css } from 'lit';

/**
 * The controls the components share: the pill button (`class="pill"`) of the timeline's filters and
 * "expand all" and the quote's translation toggle; filled with the accent when `aria-pressed="true"`.
 * Components compose it after the base styles: `[baseStyles, controlStyles, styles]`.
 */
export const controlStyles = css`
  .pill {
    min-block-size: 2rem;
    padding: 0.25rem 0.8rem;
    font: inherit;
    font-size: 0.875em;
    line-height: 1.2;
    color: var(--_civic-accent);
    background: var(--_civic-surface);
    border: 1px solid var(--_civic-accent);
    border-radius: 999px;
    cursor: pointer;
  }

  .pill[aria-pressed='true'] {
    color: var(--_civic-accent-text);
    background: var(--_civic-accent);
  }

  .pill:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  @media (forced-colors: active) {
    .pill {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }

    .pill[aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
    }
  }
`;
