// Messages of the sharing screens and the modules beneath them.
export const sharing = {
  'sharing.error.unknown': 'unknown error',

  // src/sync/invite.ts: invites
  'sharing.invite.notAnInvite': 'This is not a Concord invite.',
  'sharing.invite.newer': 'This invite was made by a newer Concord: update Concord to join.',
  'sharing.invite.tooLong': 'This text is too long to be a Concord invite (at most {size} KB).',
  'sharing.invite.altered': 'This invite is cut short or altered: {problem}.',
  'sharing.invite.alteredServers': 'This invite is cut short or altered: {problem}',
  'sharing.invite.nothingFollows': 'nothing follows “{prefix}”',
  'sharing.invite.badCharacters': 'it holds characters an invite never has',
  'sharing.invite.notText': 'it does not decode as text',
  'sharing.invite.notInvite': 'it does not hold an invite',
  'sharing.invite.unfinished': 'it does not read to the end',
  'sharing.invite.workspaceId': 'its workspace id is not valid',
  'sharing.invite.workspaceName': 'its workspace name is not a name of 1 to {max} characters',
  'sharing.invite.servers': 'its servers are not valid',
  'sharing.invite.secretMissing': 'its secret is missing or altered',
  'sharing.invite.secretShort': 'its secret is too short to keep anyone out',
  'sharing.invite.secretLong': 'its secret is longer than any Concord makes',

  // src/sync/invite.ts: transport settings, one sentence per form field
  'sharing.transportCheck.kind': 'The connection must be WebRTC or a relay.',
  'sharing.transportCheck.noSignaling': 'Give at least one signaling server (ws:// or wss://).',
  'sharing.transportCheck.noRelay': 'Give the relay’s address (ws:// or wss://).',
  'sharing.transportCheck.relayToken': 'The relay token must be text of at most {max} characters.',
  'sharing.transportCheck.signalingList': 'The signaling servers must be a list of addresses.',
  'sharing.transportCheck.signalingCount':
    'Give at most {max} signaling servers; there are {count}.',
  'sharing.transportCheck.signalingEmpty': 'A signaling server address is empty.',
  'sharing.transportCheck.signalingLong':
    'A signaling server address is longer than {max} characters.',
  'sharing.transportCheck.signalingInvalid':
    'A signaling server address “{address}” is not an address.',
  'sharing.transportCheck.signalingProtocol':
    'A signaling server address must start with ws:// or wss://; “{address}” does not.',
  'sharing.transportCheck.relayEmpty': 'The relay address is empty.',
  'sharing.transportCheck.relayLong': 'The relay address is longer than {max} characters.',
  'sharing.transportCheck.relayInvalid': 'The relay address “{address}” is not an address.',
  'sharing.transportCheck.relayProtocol':
    'The relay address must start with ws:// or wss://; “{address}” does not.',
  'sharing.transportCheck.iceJson': 'The ICE servers read as JSON but it is not complete JSON.',
  'sharing.transportCheck.iceList': 'The ICE servers must be a list.',
  'sharing.transportCheck.iceCount': 'Give at most {max} ICE servers; there are {count}.',
  'sharing.transportCheck.iceObject': 'Each ICE server must be an object with its “urls”.',
  'sharing.transportCheck.iceUrls':
    'An ICE server’s “urls” must be one address or a list of 1 to {max}.',
  'sharing.transportCheck.iceProtocol':
    'An ICE server address must start with stun:, turn: or turns:; “{address}” does not.',
  'sharing.transportCheck.iceCredential':
    'An ICE server’s username and credential must be text of at most {max} characters.',
  'sharing.transportCheck.turnCredential':
    'A TURN server needs a username and a credential (give it as JSON).',

  // src/sync/transports.ts
  'sharing.transports.signalingUnreachable':
    'Cannot reach the signaling server ({servers}); retrying.',
  'sharing.transports.signalingServersUnreachable':
    'Cannot reach the signaling servers ({servers}); retrying.',
  'sharing.transports.relayUnreachable':
    'Cannot reach the relay at {url}, or it refused the access token; retrying.',
  'sharing.transports.unreadable':
    'Dropped a message from another copy that could not be read ({error}).',
  'sharing.transports.tooLarge': 'Dropped a message from another copy over {size} MB.',
  'sharing.transports.foreignSecret':
    'Ignored a browser that tried to connect without this workspace’s current secret (an old invite?).',

  // src/sync/peerUpdates.ts
  'sharing.peerUpdates.refused': 'Refused an update from another copy: {reason}.',
  'sharing.peerUpdates.notApplied': 'it could not be applied ({error})',
  'sharing.peerUpdates.partlyApplied':
    'it could not be applied ({error}); the part before the fault was kept',
  'sharing.peerUpdates.ownOrigin':
    'it carried this tab’s own origin, which would make it undoable here',
  'sharing.peerUpdates.notBytes': 'it is not a sequence of bytes',
  'sharing.peerUpdates.empty': 'it is empty',
  'sharing.peerUpdates.tooLarge': 'it is {size} MB, over the limit of {limit} MB',
  'sharing.peerUpdates.undecodable': 'it could not be decoded, truncated or corrupted ({error})',
  'sharing.peerUpdates.laterChange':
    'it is corrupted: a change refers to a later change of its own author',
  'sharing.peerUpdates.emptyRange': 'it is corrupted: it deletes an empty range',
  'sharing.peerUpdates.position': 'Set aside the position of {id}: it is not a pair of numbers.',
  'sharing.peerUpdates.schemaVersion':
    'Set aside the schema version another copy wrote: it is not a version number.',
  'sharing.peerUpdates.newerSchema':
    'Another copy writes schema version {version}, newer than this Concord’s ({current}): what it adds may be set aside.',
  'sharing.peerUpdates.workspaceName':
    'Set aside the workspace name another copy wrote: it is not a short text.',
  'sharing.peerUpdates.letGo':
    'Let go of {size} MB of changes from another copy that wait for changes never received.',

  // src/sync/changeFiles.ts
  'sharing.changeFiles.changesNotState':
    'This is a changes file; choose the state file you were sent.',
  'sharing.changeFiles.tooManyChanges':
    'These changes are {size} MB, more than a copy takes in one file ({limit} MB).',
  'sharing.changeFiles.sameName':
    'This state file is from another workspace also named “{name}”; choose one written from this one.',
  'sharing.changeFiles.otherWorkspace':
    'This state file is from “{theirs}”, not “{ours}”; open “{theirs}” to answer it.',
  'sharing.changeFiles.damaged': 'This exchange file is damaged: {problem}.',
  'sharing.changeFiles.tooLarge': 'This file is {size} MB; exchange files are at most {limit} MB.',
  'sharing.changeFiles.notExchange': 'This is not a Concord state or changes file.',
  'sharing.changeFiles.notJson':
    'This is not a Concord state or changes file. It is not JSON text, or it was cut short.',
  'sharing.changeFiles.newer':
    'This file was written by a newer Concord (format version {version}); update Concord to read it.',
  'sharing.changeFiles.version': 'its version is not a version number',
  'sharing.changeFiles.workspaceId': 'its workspace id is not valid',
  'sharing.changeFiles.workspaceName': 'its workspace name is missing or too long',
  'sharing.changeFiles.stateNotBase64': 'its state is not base64 text',
  'sharing.changeFiles.stateUnreadable': 'its state cannot be read',
  'sharing.changeFiles.completeMissing': 'it does not say whether it is complete',
  'sharing.changeFiles.changesNotBase64': 'its changes are not base64 text',

  // src/sync/presence.ts
  'sharing.presence.nameEmpty': 'Your name cannot be empty: the others see it beside your changes.',
  'sharing.presence.nameLong': 'At most {max} characters.',
  'sharing.presence.colour': 'Pick a colour.',
  'sharing.presence.defaultName': 'Analyst {tag}',
  'sharing.presence.unnamed': 'Unnamed',

  // src/app/sharing.ts
  'sharing.control.noWorkspace': 'No workspace is open.',
  'sharing.control.notShared': 'This workspace is not shared.',
  'sharing.control.ownerOnly': 'Only the browser that made the invite can change its secret.',
  'sharing.control.stateFile':
    'This is a state file: it tells another member what this copy has. Give it to them; they write a changes file for you.',
  'sharing.control.otherWorkspace':
    'These changes belong to “{theirs}”, not to “{ours}”: open that workspace first.',
  'sharing.control.nothingImported': 'Nothing was imported: {reason}.',
  'sharing.control.imported': 'Imported the changes from “{name}”.',
  'sharing.control.importedEntities': {
    one: 'Imported the changes from “{name}”: 1 new entity.',
    other: 'Imported the changes from “{name}”: {count} new entities.',
  },
  'sharing.control.importedWaiting':
    '{imported} Some changes wait for earlier ones from another member: import their changes too.',

  // src/ui/SharedWorkspace.tsx
  'sharing.sharedWorkspace.disconnected': 'Disconnected',
  'sharing.sharedWorkspace.notSynced': 'not synced yet',
  'sharing.sharedWorkspace.lastSync': 'last sync {time}',
  'sharing.sharedWorkspace.rotateTitle': 'Make a new secret?',
  'sharing.sharedWorkspace.rotateMessage':
    'A new invite is made. The old one stops working for new connections. Members who should stay need the new invite.',
  'sharing.sharedWorkspace.rotateConfirm': 'Make a new secret',
  'sharing.sharedWorkspace.rotated': 'New invite made: send it to the members who should stay.',
  'sharing.sharedWorkspace.leaveTitle': 'Stop sharing “{name}”?',
  'sharing.sharedWorkspace.leaveMessage':
    'This browser stops syncing and forgets the invite. The copy here stays as a private workspace.',
  'sharing.sharedWorkspace.leaveConfirm': 'Stop sharing',
  'sharing.sharedWorkspace.applied': 'Connection settings applied',
  'sharing.sharedWorkspace.invite': 'Invite',
  'sharing.sharedWorkspace.inviteOthers': 'Invite others',
  'sharing.sharedWorkspace.inviteHint':
    'Everyone holding this invite can read and write this workspace.',
  'sharing.sharedWorkspace.link': 'Link',
  'sharing.sharedWorkspace.copyLink': 'Copy link',
  'sharing.sharedWorkspace.code': 'Code, for pasting in “Join with an invite…”',
  'sharing.sharedWorkspace.copyCode': 'Copy code',
  'sharing.sharedWorkspace.connection': 'Connection',
  'sharing.sharedWorkspace.connect': 'Connect',
  'sharing.sharedWorkspace.disconnect': 'Disconnect',
  'sharing.sharedWorkspace.newSecret': 'New secret…',
  'sharing.sharedWorkspace.stopSharing': 'Stop sharing…',
  'sharing.sharedWorkspace.settings': 'Connection settings',
  'sharing.sharedWorkspace.apply': 'Apply',
  'sharing.sharedWorkspace.peopleOnline': 'People online',
  'sharing.sharedWorkspace.you': '(you)',
  'sharing.sharedWorkspace.selected': '{count} selected',

  // src/ui/ShareDialog.tsx
  'sharing.shareDialog.label': 'Share workspace',
  'sharing.shareDialog.title': 'Share “{name}”',
  'sharing.shareDialog.you': 'You',
  'sharing.shareDialog.name': 'Your name, as the others see it',
  'sharing.shareDialog.colour': 'Colour',
  'sharing.shareDialog.invitePeople': 'Invite people',
  'sharing.shareDialog.inviteIntro':
    'Invite people to edit this workspace with you. Everyone holding the invite can read and write. The invite holds a secret; it travels in the link’s fragment (after #), which is never sent to a server.',
  'sharing.shareDialog.createInvite': 'Create invite',
  'sharing.shareDialog.created': 'Invite created: send the link to the people you share with.',

  // src/ui/ShareFiles.tsx
  'sharing.shareFiles.writeFailed': 'The changes could not be written.',
  'sharing.shareFiles.title': 'Exchange by file',
  'sharing.shareFiles.intro':
    'For members with no network in common: send each other files instead.',
  'sharing.shareFiles.saveStateHint':
    'A small file saying what this copy holds: a member answers it with the changes you lack',
  'sharing.shareFiles.saveState': 'Save my state',
  'sharing.shareFiles.writeChangesHint':
    'Choose the state file a member sent you: writes only the changes they lack',
  'sharing.shareFiles.writeChanges': 'Write changes for a member…',
  'sharing.shareFiles.writeAllHint':
    'Every change in this workspace, for a member whose state file you do not have',
  'sharing.shareFiles.writeAll': 'Write all changes',
  'sharing.shareFiles.importHint': 'Apply a changes file a member sent you',
  'sharing.shareFiles.import': 'Import changes…',

  // src/ui/TransportForm.tsx
  'sharing.transportForm.relayWarning':
    'A relay stores the data it relays: whoever runs it can read this workspace.',
  'sharing.transportForm.connection': 'Connection',
  'sharing.transportForm.direct': 'Direct (WebRTC)',
  'sharing.transportForm.relay': 'Relay server',
  'sharing.transportForm.signaling': 'Signaling servers (one per line)',
  'sharing.transportForm.ice': 'ICE servers (JSON, or one URL per line)',
  'sharing.transportForm.iceHint':
    'Empty: browsers on one network only. Add STUN/TURN servers to cross networks.',
  'sharing.transportForm.relayUrl': 'Relay URL',
  'sharing.transportForm.relayToken': 'Access token',
  'sharing.transportForm.relayTokenHint': 'Empty when the relay asks for none.',

  // src/ui/JoinDialog.tsx
  'sharing.joinDialog.throughRelay': 'the relay at {url}',
  'sharing.joinDialog.throughWebrtc': 'direct connections (WebRTC)',
  'sharing.joinDialog.title': 'Join a shared workspace',
  'sharing.joinDialog.code': 'Invite link or code',
  'sharing.joinDialog.summary':
    'Join “{name}”: a copy is kept in this browser and synced with the others through {through}.',
  'sharing.joinDialog.joining': 'Joining…',
  'sharing.joinDialog.join': 'Join',
  'sharing.joinDialog.joined': 'Joined “{name}”',
} as const;
