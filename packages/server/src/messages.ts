import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver/node.js';

/**
 * Shows a message as the window/showMessage notification. (`connection.window.showWarningMessage`
 * sends showMessageRequest, which a client may not implement; its rejection must not matter.)
 */
export function showMessage(connection: Connection, type: 'error' | 'warning' | 'info', message: string): void {
  const level = type === 'error' ? MessageType.Error : type === 'warning' ? MessageType.Warning : MessageType.Info;
  void connection.sendNotification(ShowMessageNotification.type, { type: level, message }).catch(() => undefined);
}
