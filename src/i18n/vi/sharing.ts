// Messages of the sharing screens and the modules beneath them.
import type { Translations } from '../catalogue';
import type { sharing as english } from '../en/sharing';

export const sharing: Translations<typeof english> = {
  'sharing.error.unknown': 'lỗi không xác định',

  'sharing.invite.notAnInvite': 'Đây không phải là lời mời Concord.',
  'sharing.invite.newer':
    'Lời mời này được tạo bằng phiên bản Concord mới hơn: hãy cập nhật Concord để tham gia.',
  'sharing.invite.tooLong':
    'Đoạn văn bản này quá dài để là một lời mời Concord (tối đa {size} KB).',
  'sharing.invite.altered': 'Lời mời này bị cắt ngắn hoặc bị sửa đổi: {problem}.',
  'sharing.invite.alteredServers': 'Lời mời này bị cắt ngắn hoặc bị sửa đổi: {problem}',
  'sharing.invite.nothingFollows': 'không có gì sau “{prefix}”',
  'sharing.invite.badCharacters': 'có ký tự mà lời mời không bao giờ chứa',
  'sharing.invite.notText': 'không giải mã được thành văn bản',
  'sharing.invite.notInvite': 'không chứa lời mời',
  'sharing.invite.unfinished': 'không đọc được đến cuối',
  'sharing.invite.workspaceId': 'mã không gian làm việc không hợp lệ',
  'sharing.invite.workspaceName': 'tên không gian làm việc không dài từ 1 đến {max} ký tự',
  'sharing.invite.servers': 'thông tin máy chủ không hợp lệ',
  'sharing.invite.secretMissing': 'mã bí mật bị thiếu hoặc bị sửa đổi',
  'sharing.invite.secretShort': 'mã bí mật quá ngắn, không đủ để ngăn người ngoài',
  'sharing.invite.secretLong': 'mã bí mật dài hơn mọi mã Concord tạo ra',

  'sharing.transportCheck.kind': 'Kết nối phải là WebRTC hoặc máy chủ chuyển tiếp.',
  'sharing.transportCheck.noSignaling':
    'Hãy nhập ít nhất một máy chủ báo hiệu (ws:// hoặc wss://).',
  'sharing.transportCheck.noRelay': 'Hãy nhập địa chỉ máy chủ chuyển tiếp (ws:// hoặc wss://).',
  'sharing.transportCheck.relayToken':
    'Mã truy cập máy chủ chuyển tiếp phải là văn bản dài tối đa {max} ký tự.',
  'sharing.transportCheck.signalingList': 'Máy chủ báo hiệu phải là một danh sách địa chỉ.',
  'sharing.transportCheck.signalingCount':
    'Chỉ nhập tối đa {max} máy chủ báo hiệu; hiện có {count}.',
  'sharing.transportCheck.signalingEmpty': 'Địa chỉ máy chủ báo hiệu đang trống.',
  'sharing.transportCheck.signalingLong': 'Địa chỉ máy chủ báo hiệu dài quá {max} ký tự.',
  'sharing.transportCheck.signalingInvalid':
    'Địa chỉ máy chủ báo hiệu “{address}” không phải là địa chỉ hợp lệ.',
  'sharing.transportCheck.signalingProtocol':
    'Địa chỉ máy chủ báo hiệu phải bắt đầu bằng ws:// hoặc wss://; “{address}” thì không.',
  'sharing.transportCheck.relayEmpty': 'Địa chỉ máy chủ chuyển tiếp đang trống.',
  'sharing.transportCheck.relayLong': 'Địa chỉ máy chủ chuyển tiếp dài quá {max} ký tự.',
  'sharing.transportCheck.relayInvalid':
    'Địa chỉ máy chủ chuyển tiếp “{address}” không phải là địa chỉ hợp lệ.',
  'sharing.transportCheck.relayProtocol':
    'Địa chỉ máy chủ chuyển tiếp phải bắt đầu bằng ws:// hoặc wss://; “{address}” thì không.',
  'sharing.transportCheck.iceJson':
    'Danh sách máy chủ ICE có dạng JSON nhưng JSON chưa hoàn chỉnh.',
  'sharing.transportCheck.iceList': 'Máy chủ ICE phải là một danh sách.',
  'sharing.transportCheck.iceCount': 'Chỉ nhập tối đa {max} máy chủ ICE; hiện có {count}.',
  'sharing.transportCheck.iceObject': 'Mỗi máy chủ ICE phải là một đối tượng có trường “urls”.',
  'sharing.transportCheck.iceUrls':
    'Trường “urls” của máy chủ ICE phải là một địa chỉ hoặc danh sách từ 1 đến {max} địa chỉ.',
  'sharing.transportCheck.iceProtocol':
    'Địa chỉ máy chủ ICE phải bắt đầu bằng stun:, turn: hoặc turns:; “{address}” thì không.',
  'sharing.transportCheck.iceCredential':
    'Tên người dùng và mật khẩu của máy chủ ICE phải là văn bản dài tối đa {max} ký tự.',
  'sharing.transportCheck.turnCredential':
    'Máy chủ TURN cần tên người dùng và mật khẩu (hãy nhập dưới dạng JSON).',

  'sharing.transports.signalingUnreachable':
    'Không kết nối được máy chủ báo hiệu ({servers}); đang thử lại.',
  'sharing.transports.signalingServersUnreachable':
    'Không kết nối được các máy chủ báo hiệu ({servers}); đang thử lại.',
  'sharing.transports.relayUnreachable':
    'Không kết nối được máy chủ chuyển tiếp tại {url}, hoặc máy chủ đã từ chối mã truy cập; đang thử lại.',
  'sharing.transports.unreadable': 'Đã bỏ một thông điệp không đọc được từ bản sao khác ({error}).',
  'sharing.transports.tooLarge': 'Đã bỏ một thông điệp lớn hơn {size} MB từ bản sao khác.',
  'sharing.transports.foreignSecret':
    'Đã bỏ qua một trình duyệt cố kết nối mà không có mã bí mật hiện tại của không gian làm việc này (lời mời cũ?).',

  'sharing.peerUpdates.refused': 'Đã từ chối một bản cập nhật từ bản sao khác: {reason}.',
  'sharing.peerUpdates.notApplied': 'không áp dụng được ({error})',
  'sharing.peerUpdates.partlyApplied':
    'không áp dụng được ({error}); phần trước chỗ lỗi đã được giữ lại',
  'sharing.peerUpdates.ownOrigin':
    'nó được đánh dấu là thay đổi của chính thẻ này, nên có thể bị hoàn tác tại đây',
  'sharing.peerUpdates.notBytes': 'nó không phải là một chuỗi byte',
  'sharing.peerUpdates.empty': 'nó trống',
  'sharing.peerUpdates.tooLarge': 'nó nặng {size} MB, vượt giới hạn {limit} MB',
  'sharing.peerUpdates.undecodable': 'không giải mã được, có thể bị cắt ngắn hoặc hỏng ({error})',
  'sharing.peerUpdates.laterChange':
    'nó bị hỏng: một thay đổi tham chiếu đến thay đổi sau đó của chính tác giả',
  'sharing.peerUpdates.emptyRange': 'nó bị hỏng: nó xóa một đoạn rỗng',
  'sharing.peerUpdates.position': 'Đã gác lại vị trí của {id}: đó không phải là một cặp số.',
  'sharing.peerUpdates.schemaVersion':
    'Đã gác lại phiên bản lược đồ do bản sao khác ghi: đó không phải là số phiên bản.',
  'sharing.peerUpdates.newerSchema':
    'Một bản sao khác ghi lược đồ phiên bản {version}, mới hơn của Concord này ({current}): những gì nó thêm vào có thể bị gác lại.',
  'sharing.peerUpdates.workspaceName':
    'Đã gác lại tên không gian làm việc do bản sao khác ghi: đó không phải là một đoạn văn bản ngắn.',
  'sharing.peerUpdates.letGo':
    'Đã bỏ {size} MB thay đổi từ bản sao khác đang chờ những thay đổi chưa từng nhận được.',

  'sharing.changeFiles.changesNotState':
    'Đây là tệp thay đổi; hãy chọn tệp trạng thái bạn nhận được.',
  'sharing.changeFiles.tooManyChanges':
    'Các thay đổi này nặng {size} MB, vượt mức một bản sao nhận trong một tệp ({limit} MB).',
  'sharing.changeFiles.sameName':
    'Tệp trạng thái này thuộc một không gian làm việc khác cũng tên “{name}”; hãy chọn tệp được ghi từ không gian làm việc này.',
  'sharing.changeFiles.otherWorkspace':
    'Tệp trạng thái này thuộc “{theirs}”, không phải “{ours}”; hãy mở “{theirs}” để trả lời.',
  'sharing.changeFiles.damaged': 'Tệp trao đổi này bị hỏng: {problem}.',
  'sharing.changeFiles.tooLarge':
    'Tệp này nặng {size} MB; tệp trao đổi chỉ được tối đa {limit} MB.',
  'sharing.changeFiles.notExchange':
    'Đây không phải là tệp trạng thái hay tệp thay đổi của Concord.',
  'sharing.changeFiles.notJson':
    'Đây không phải là tệp trạng thái hay tệp thay đổi của Concord. Nội dung không phải văn bản JSON, hoặc đã bị cắt ngắn.',
  'sharing.changeFiles.newer':
    'Tệp này được ghi bằng phiên bản Concord mới hơn (định dạng phiên bản {version}); hãy cập nhật Concord để đọc.',
  'sharing.changeFiles.version': 'phiên bản của tệp không phải là số phiên bản',
  'sharing.changeFiles.workspaceId': 'mã không gian làm việc không hợp lệ',
  'sharing.changeFiles.workspaceName': 'tên không gian làm việc bị thiếu hoặc quá dài',
  'sharing.changeFiles.stateNotBase64': 'phần trạng thái không phải văn bản base64',
  'sharing.changeFiles.stateUnreadable': 'không đọc được phần trạng thái',
  'sharing.changeFiles.completeMissing': 'tệp không cho biết đã đầy đủ hay chưa',
  'sharing.changeFiles.changesNotBase64': 'phần thay đổi không phải văn bản base64',

  'sharing.presence.nameEmpty':
    'Tên của bạn không được để trống: người khác thấy tên này bên cạnh các thay đổi của bạn.',
  'sharing.presence.nameLong': 'Tối đa {max} ký tự.',
  'sharing.presence.colour': 'Hãy chọn một màu.',
  'sharing.presence.defaultName': 'Chuyên viên {tag}',
  'sharing.presence.unnamed': 'Chưa đặt tên',

  'sharing.control.noWorkspace': 'Chưa mở không gian làm việc nào.',
  'sharing.control.notShared': 'Không gian làm việc này chưa được chia sẻ.',
  'sharing.control.ownerOnly': 'Chỉ trình duyệt đã tạo lời mời mới đổi được mã bí mật.',
  'sharing.control.stateFile':
    'Đây là tệp trạng thái: tệp cho một thành viên khác biết bản sao này đang có gì. Hãy gửi tệp cho họ; họ sẽ ghi tệp thay đổi cho bạn.',
  'sharing.control.otherWorkspace':
    'Các thay đổi này thuộc “{theirs}”, không phải “{ours}”: hãy mở không gian làm việc đó trước.',
  'sharing.control.nothingImported': 'Chưa nhập được gì: {reason}.',
  'sharing.control.imported': 'Đã nhập các thay đổi từ “{name}”.',
  'sharing.control.importedEntities': {
    other: 'Đã nhập các thay đổi từ “{name}”: {count} thực thể mới.',
  },
  'sharing.control.importedWaiting':
    '{imported} Một số thay đổi đang chờ các thay đổi trước đó của một thành viên khác: hãy nhập cả các thay đổi của họ.',

  'sharing.sharedWorkspace.disconnected': 'Đã ngắt kết nối',
  'sharing.sharedWorkspace.notSynced': 'chưa đồng bộ',
  'sharing.sharedWorkspace.lastSync': 'đồng bộ lần cuối {time}',
  'sharing.sharedWorkspace.rotateTitle': 'Tạo mã bí mật mới?',
  'sharing.sharedWorkspace.rotateMessage':
    'Một lời mời mới sẽ được tạo. Lời mời cũ không còn dùng được cho kết nối mới. Các thành viên cần ở lại phải có lời mời mới.',
  'sharing.sharedWorkspace.rotateConfirm': 'Tạo mã bí mật mới',
  'sharing.sharedWorkspace.rotated': 'Đã tạo lời mời mới: hãy gửi cho các thành viên cần ở lại.',
  'sharing.sharedWorkspace.leaveTitle': 'Ngừng chia sẻ “{name}”?',
  'sharing.sharedWorkspace.leaveMessage':
    'Trình duyệt này ngừng đồng bộ và quên lời mời. Bản sao ở đây được giữ lại thành không gian làm việc riêng.',
  'sharing.sharedWorkspace.leaveConfirm': 'Ngừng chia sẻ',
  'sharing.sharedWorkspace.applied': 'Đã áp dụng cài đặt kết nối',
  'sharing.sharedWorkspace.invite': 'Lời mời',
  'sharing.sharedWorkspace.inviteOthers': 'Mời người khác',
  'sharing.sharedWorkspace.inviteHint':
    'Ai có lời mời này đều có thể đọc và sửa không gian làm việc này.',
  'sharing.sharedWorkspace.link': 'Liên kết',
  'sharing.sharedWorkspace.copyLink': 'Sao chép liên kết',
  'sharing.sharedWorkspace.code': 'Mã, để dán vào “Tham gia bằng lời mời…”',
  'sharing.sharedWorkspace.copyCode': 'Sao chép mã',
  'sharing.sharedWorkspace.connection': 'Kết nối',
  'sharing.sharedWorkspace.connect': 'Kết nối',
  'sharing.sharedWorkspace.disconnect': 'Ngắt kết nối',
  'sharing.sharedWorkspace.newSecret': 'Mã bí mật mới…',
  'sharing.sharedWorkspace.stopSharing': 'Ngừng chia sẻ…',
  'sharing.sharedWorkspace.settings': 'Cài đặt kết nối',
  'sharing.sharedWorkspace.apply': 'Áp dụng',
  'sharing.sharedWorkspace.peopleOnline': 'Đang trực tuyến',
  'sharing.sharedWorkspace.you': '(bạn)',
  'sharing.sharedWorkspace.selected': 'đã chọn {count}',

  'sharing.shareDialog.label': 'Chia sẻ không gian làm việc',
  'sharing.shareDialog.title': 'Chia sẻ “{name}”',
  'sharing.shareDialog.you': 'Bạn',
  'sharing.shareDialog.name': 'Tên của bạn, như người khác nhìn thấy',
  'sharing.shareDialog.colour': 'Màu',
  'sharing.shareDialog.invitePeople': 'Mời người khác',
  'sharing.shareDialog.inviteIntro':
    'Mời người khác cùng chỉnh sửa không gian làm việc này với bạn. Ai có lời mời đều có thể đọc và sửa. Lời mời chứa một mã bí mật; mã này nằm ở phần sau dấu # của liên kết, phần không bao giờ được gửi tới máy chủ.',
  'sharing.shareDialog.createInvite': 'Tạo lời mời',
  'sharing.shareDialog.created':
    'Đã tạo lời mời: hãy gửi liên kết cho những người bạn muốn chia sẻ.',

  'sharing.shareFiles.writeFailed': 'Không ghi được các thay đổi.',
  'sharing.shareFiles.title': 'Trao đổi bằng tệp',
  'sharing.shareFiles.intro': 'Dành cho các thành viên không chung mạng nào: hãy gửi tệp cho nhau.',
  'sharing.shareFiles.saveStateHint':
    'Một tệp nhỏ cho biết bản sao này đang có gì: thành viên khác trả lời bằng các thay đổi bạn còn thiếu',
  'sharing.shareFiles.saveState': 'Lưu trạng thái',
  'sharing.shareFiles.writeChangesHint':
    'Chọn tệp trạng thái một thành viên gửi cho bạn: chỉ ghi các thay đổi họ còn thiếu',
  'sharing.shareFiles.writeChanges': 'Ghi thay đổi cho thành viên…',
  'sharing.shareFiles.writeAllHint':
    'Mọi thay đổi trong không gian làm việc này, cho thành viên mà bạn không có tệp trạng thái',
  'sharing.shareFiles.writeAll': 'Ghi mọi thay đổi',
  'sharing.shareFiles.importHint': 'Áp dụng tệp thay đổi một thành viên gửi cho bạn',
  'sharing.shareFiles.import': 'Nhập thay đổi…',

  'sharing.transportForm.relayWarning':
    'Máy chủ chuyển tiếp lưu dữ liệu mà nó chuyển tiếp: ai vận hành máy chủ đều đọc được không gian làm việc này.',
  'sharing.transportForm.connection': 'Kết nối',
  'sharing.transportForm.direct': 'Trực tiếp (WebRTC)',
  'sharing.transportForm.relay': 'Máy chủ chuyển tiếp',
  'sharing.transportForm.signaling': 'Máy chủ báo hiệu (mỗi dòng một địa chỉ)',
  'sharing.transportForm.ice': 'Máy chủ ICE (JSON, hoặc mỗi dòng một URL)',
  'sharing.transportForm.iceHint':
    'Để trống: chỉ các trình duyệt trong cùng một mạng. Thêm máy chủ STUN/TURN để kết nối giữa các mạng.',
  'sharing.transportForm.relayUrl': 'URL máy chủ chuyển tiếp',
  'sharing.transportForm.relayToken': 'Mã truy cập',
  'sharing.transportForm.relayTokenHint': 'Để trống nếu máy chủ chuyển tiếp không yêu cầu.',

  'sharing.joinDialog.throughRelay': 'máy chủ chuyển tiếp tại {url}',
  'sharing.joinDialog.throughWebrtc': 'kết nối trực tiếp (WebRTC)',
  'sharing.joinDialog.title': 'Tham gia không gian làm việc được chia sẻ',
  'sharing.joinDialog.code': 'Liên kết hoặc mã lời mời',
  'sharing.joinDialog.summary':
    'Tham gia “{name}”: một bản sao được lưu trong trình duyệt này và đồng bộ với những người khác qua {through}.',
  'sharing.joinDialog.joining': 'Đang tham gia…',
  'sharing.joinDialog.join': 'Tham gia',
  'sharing.joinDialog.joined': 'Đã tham gia “{name}”',
};
