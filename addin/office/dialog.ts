/**
 * An Office dialog that answers once: the sign-in page opens in it and sends one message back
 * with `Office.context.ui.messageParent`. Opening can fail (12009 the user ignored the prompt,
 * 12011 a blocked pop-up, 12007 a dialog already open): the caller then falls back to a code.
 */
import type { OfficeApi } from './office-types.ts';

export type DialogOutcome =
  | { kind: 'message'; message: string }
  /** The user closed the dialog (12006) or it went away. */
  | { kind: 'closed'; code: number | null }
  | { kind: 'failed'; code: number | null; reason: string };

/**
 * Opens `url` (same origin as the pane) in a dialog and resolves with its first message, after
 * closing it; or with how it ended.
 */
export function openDialog(office: OfficeApi, url: string, size = { height: 60, width: 30 }): Promise<DialogOutcome> {
  return new Promise((resolve) => {
    try {
      office.context.ui.displayDialogAsync(url, size, (result) => {
        if (result.status !== 'succeeded') {
          resolve({ kind: 'failed', code: result.error?.code ?? null, reason: result.error?.message ?? 'the dialog did not open' });
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler('dialogMessageReceived', (arg) => {
          try {
            dialog.close();
          } catch {
            // Already gone.
          }
          resolve({ kind: 'message', message: arg.message ?? '' });
        });
        dialog.addEventHandler('dialogEventReceived', (arg) => resolve({ kind: 'closed', code: arg.error ?? null }));
      });
    } catch (error) {
      resolve({ kind: 'failed', code: null, reason: error instanceof Error ? error.message : String(error) });
    }
  });
}
