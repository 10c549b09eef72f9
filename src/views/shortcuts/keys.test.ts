// The app-wide keys: what Esc and ? do, where they are left to the field being typed in, and how the
// view tabs move.
import { describe, expect, it } from 'vitest';
import { globalAction, isTypingTarget, tabMove } from './keys.ts';
import { SHORTCUT_GROUPS } from './shortcut-list.ts';

const free = { typing: false, dialogOpen: false };

describe('isTypingTarget', () => {
  it('is true in text fields, text areas, selects and editable text', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('is false on buttons, check boxes and the rest of the page', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BODY' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('globalAction', () => {
  it('clears the selection on Esc and shows the shortcuts on ?', () => {
    expect(globalAction({ key: 'Escape' }, free)).toBe('clear-selection');
    expect(globalAction({ key: '?' }, free)).toBe('show-shortcuts');
    expect(globalAction({ key: '/' }, free)).toBeNull();
    expect(globalAction({ key: 'a' }, free)).toBeNull();
  });

  it('leaves keys to a field being typed in, an open dialog, and whoever handled them first', () => {
    expect(globalAction({ key: '?' }, { typing: true, dialogOpen: false })).toBeNull();
    expect(globalAction({ key: 'Escape' }, { typing: true, dialogOpen: false })).toBeNull();
    expect(globalAction({ key: 'Escape' }, { typing: false, dialogOpen: true })).toBeNull();
    expect(globalAction({ key: 'Escape', defaultPrevented: true }, free)).toBeNull();
  });

  it('is no shortcut with Ctrl, Alt or ⌘ held', () => {
    expect(globalAction({ key: '?', ctrlKey: true }, free)).toBeNull();
    expect(globalAction({ key: 'Escape', metaKey: true }, free)).toBeNull();
    expect(globalAction({ key: '?', altKey: true }, free)).toBeNull();
  });
});

describe('tabMove', () => {
  it('moves with the arrows, wrapping at the ends, and jumps with Home and End', () => {
    expect(tabMove('ArrowRight', 0, 7)).toBe(1);
    expect(tabMove('ArrowRight', 6, 7)).toBe(0);
    expect(tabMove('ArrowLeft', 0, 7)).toBe(6);
    expect(tabMove('Home', 4, 7)).toBe(0);
    expect(tabMove('End', 2, 7)).toBe(6);
  });

  it('ignores other keys and an empty row', () => {
    expect(tabMove('ArrowDown', 2, 7)).toBeNull();
    expect(tabMove('Enter', 2, 7)).toBeNull();
    expect(tabMove('ArrowRight', 0, 0)).toBeNull();
  });
});

describe('the shortcut list', () => {
  it('names every shortcut in Chinese and English, ? and Esc first', () => {
    const all = SHORTCUT_GROUPS.flatMap((g) => g.shortcuts);
    expect(all.slice(0, 2).map((s) => s.keys[0])).toEqual(['?', 'Esc']);
    for (const shortcut of all) {
      expect(shortcut.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(shortcut.en).toMatch(/^[A-Z]/);
    }
  });
});
