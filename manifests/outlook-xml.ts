/**
 * The Outlook add-in manifest in XML (MailApp): the one every Outlook reads, including Mac and
 * mobile. Read and compose command buttons open the pinnable task pane; it runs in shared and
 * delegate mailboxes, on phones (message read), and asks for ReadWriteItem (reading the open
 * message, inserting drafts into one being written).
 *
 * Element order follows the schemas (Microsoft's "manifest element ordering"): a misplaced
 * element invalidates the whole manifest, so `outlook-xml.test.ts` checks the order.
 * VersionOverrides 1.0 wraps 1.1, which carries everything (pinning, shared folders and mobile
 * exist only in 1.1; clients that read 1.1 ignore the outer one).
 */
import { iconUrl, paneUrl, type Deployment } from './deployment.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Mailbox requirement set the add-in installs on (commands need 1.3; pinning, ItemChanged and mobile 1.5). */
export const OVERRIDES_MIN_MAILBOX = '1.5';
/** Command icon sizes (desktop) and mobile icon sizes × scales. */
export const COMMAND_ICON_SIZES = [16, 32, 80] as const;
export const MOBILE_ICON_SIZES = [25, 32, 48] as const;
const MOBILE_SCALES = [1, 2, 3] as const;

function commandSurface(kind: 'MessageReadCommandSurface' | 'MessageComposeCommandSurface', prefix: string): string {
  return `
        <ExtensionPoint xsi:type="${kind}">
          <OfficeTab id="TabDefault">
            <Group id="${prefix}.group">
              <Label resid="Group.Label"/>
              <Control xsi:type="Button" id="${prefix}.open">
                <Label resid="Button.Label"/>
                <Supertip>
                  <Title resid="Button.Label"/>
                  <Description resid="Button.Tooltip"/>
                </Supertip>
                <Icon>
${COMMAND_ICON_SIZES.map((s) => `                  <bt:Image size="${s}" resid="Icon.${s}"/>`).join('\n')}
                </Icon>
                <Action xsi:type="ShowTaskpane">
                  <SourceLocation resid="Taskpane.Url"/>
                  <SupportsPinning>true</SupportsPinning>
                </Action>
              </Control>
            </Group>
          </OfficeTab>
        </ExtensionPoint>`;
}

function mobileImages(): string {
  return MOBILE_ICON_SIZES.flatMap((size) => MOBILE_SCALES.map((scale) => `                <bt:Image size="${size}" scale="${scale}" resid="Icon.${size * scale}"/>`)).join('\n');
}

/** The icon sizes of the image resources (commands and phones; IconUrl 64 and HighResolutionIconUrl 128 are plain URLs). */
export function xmlIconSizes(): number[] {
  return [...new Set([...COMMAND_ICON_SIZES, ...MOBILE_ICON_SIZES.flatMap((s) => MOBILE_SCALES.map((k) => s * k))])].sort((a, b) => a - b);
}

/** `<DisplayName DefaultValue="…"><Override Locale="zh-CN" Value="…"/></DisplayName>` */
const localised = (tag: string, en: string, zh: string) => `<${tag} DefaultValue="${esc(en)}"><Override Locale="zh-CN" Value="${esc(zh)}"/></${tag}>`;
/** A string resource with its Chinese override. */
const btString = (id: string, en: string, zh: string) => `<bt:String id="${id}" DefaultValue="${esc(en)}"><bt:Override Locale="zh-CN" Value="${esc(zh)}"/></bt:String>`;

/** The XML manifest for `deployment`. */
export function outlookXmlManifest(d: Deployment): string {
  const { en, zh } = d.names;
  const pane = esc(paneUrl(d));
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Touchpoint for Outlook, written by npm run manifest: change manifests/outlook-xml.ts, not this file. -->
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xmlns:mailappor="http://schemas.microsoft.com/office/mailappversionoverrides/1.0" xsi:type="MailApp">
  <Id>${d.id}</Id>
  <Version>${d.version}.0</Version>
  <ProviderName>${esc(en.name)}</ProviderName>
  <DefaultLocale>en-US</DefaultLocale>
  ${localised('DisplayName', en.name, zh.name)}
  ${localised('Description', en.description, zh.description)}
  <IconUrl DefaultValue="${esc(iconUrl(d, 64))}"/>
  <HighResolutionIconUrl DefaultValue="${esc(iconUrl(d, 128))}"/>
  <SupportUrl DefaultValue="${esc(`${d.host}/addin/`)}"/>
  <AppDomains>
    <AppDomain>${esc(d.origin)}</AppDomain>
  </AppDomains>
  <Hosts>
    <Host Name="Mailbox"/>
  </Hosts>
  <Requirements>
    <Sets>
      <Set Name="Mailbox" MinVersion="1.1"/>
    </Sets>
  </Requirements>
  <FormSettings>
    <Form xsi:type="ItemRead">
      <DesktopSettings>
        <SourceLocation DefaultValue="${pane}"/>
        <RequestedHeight>250</RequestedHeight>
      </DesktopSettings>
    </Form>
    <Form xsi:type="ItemEdit">
      <DesktopSettings>
        <SourceLocation DefaultValue="${pane}"/>
      </DesktopSettings>
    </Form>
  </FormSettings>
  <Permissions>ReadWriteItem</Permissions>
  <Rule xsi:type="RuleCollection" Mode="Or">
    <Rule xsi:type="ItemIs" ItemType="Message" FormType="Read"/>
    <Rule xsi:type="ItemIs" ItemType="Message" FormType="Edit"/>
  </Rule>
  <DisableEntityHighlighting>false</DisableEntityHighlighting>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides" xsi:type="VersionOverridesV1_0">
    <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1" xsi:type="VersionOverridesV1_1">
      <Requirements>
        <bt:Sets DefaultMinVersion="${OVERRIDES_MIN_MAILBOX}">
          <bt:Set Name="Mailbox"/>
        </bt:Sets>
      </Requirements>
      <Hosts>
        <Host xsi:type="MailHost">
          <DesktopFormFactor>
            <SupportsSharedFolders>true</SupportsSharedFolders>${commandSurface('MessageReadCommandSurface', 'touchpoint.read').replace(/\n/g, '\n    ')}${commandSurface('MessageComposeCommandSurface', 'touchpoint.compose').replace(/\n/g, '\n    ')}
          </DesktopFormFactor>
          <MobileFormFactor>
            <ExtensionPoint xsi:type="MobileMessageReadCommandSurface">
              <Group id="touchpoint.mobile.group">
                <Label resid="Group.Label"/>
                <Control xsi:type="MobileButton" id="touchpoint.mobile.open">
                  <Label resid="Button.Label"/>
                  <Icon xsi:type="bt:MobileIconList">
${mobileImages().replace(/^/gm, '    ')}
                  </Icon>
                  <Action xsi:type="ShowTaskpane">
                    <SourceLocation resid="Taskpane.Url"/>
                  </Action>
                </Control>
              </Group>
            </ExtensionPoint>
          </MobileFormFactor>
        </Host>
      </Hosts>
      <Resources>
        <bt:Images>
${xmlIconSizes().map((s) => `          <bt:Image id="Icon.${s}" DefaultValue="${esc(iconUrl(d, s))}"/>`).join('\n')}
        </bt:Images>
        <bt:Urls>
          <bt:Url id="Taskpane.Url" DefaultValue="${pane}"/>
        </bt:Urls>
        <bt:ShortStrings>
          ${btString('Group.Label', en.name, zh.name)}
          ${btString('Button.Label', en.button, zh.button)}
        </bt:ShortStrings>
        <bt:LongStrings>
          ${btString('Button.Tooltip', en.buttonTip, zh.buttonTip)}
        </bt:LongStrings>
      </Resources>
    </VersionOverrides>
  </VersionOverrides>
</OfficeApp>
`;
}
