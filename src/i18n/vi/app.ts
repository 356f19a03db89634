// Messages of the app screens and the modules beneath them.
import type { Translations } from '../catalogue';
import type { app as english } from '../en/app';

export const app: Translations<typeof english> = {
  // The toolbar: short words (Lọc, Vừa), it is tight at 1280 px.
  'app.toolbar.add': '+ Thêm ▾',
  'app.toolbar.addTitle': 'Thêm một thực thể',
  'app.toolbar.import': '⇪ Nhập ▾',
  'app.toolbar.importTitle': 'Nhập bài viết hoặc tệp không gian làm việc',
  'app.toolbar.importArticles': 'Bài viết…',
  'app.toolbar.importArticlesTitle':
    'Dán hoặc thả bài viết vào và xem xét những gì Concord tìm thấy trong đó',
  'app.toolbar.importFile': 'Tệp không gian làm việc…',
  'app.toolbar.importFileTitle':
    'Concord JSON, CSV, GEXF hoặc GraphML, vào một không gian làm việc mới hoặc không gian này',
  'app.toolbar.export': 'Xuất ▾',
  'app.toolbar.exportTitle': 'Xuất đồ thị hoặc không gian làm việc',
  'app.toolbar.undo': 'Hoàn tác',
  'app.toolbar.undoTitle': 'Hoàn tác (Ctrl+Z)',
  'app.toolbar.redo': 'Làm lại',
  'app.toolbar.redoTitle': 'Làm lại (Ctrl+Shift+Z hoặc Ctrl+Y)',
  'app.toolbar.link': '⤳ Nối',
  'app.toolbar.linkTitle':
    'Chế độ nối: kéo từ một nút sang nút khác để tạo quan hệ (hoặc giữ Shift khi kéo)',
  'app.toolbar.fit': '⤢ Vừa',
  'app.toolbar.fitTitle': 'Thu phóng đồ thị cho vừa cửa sổ',
  'app.toolbar.layout': 'Bố cục ▾',
  'app.toolbar.layoutTitle': 'Sắp xếp các nút đang hiển thị',
  'app.toolbar.pin': 'Ghim mục đã chọn',
  'app.toolbar.pinTitle': 'Khi sắp xếp bố cục, các nút đã ghim giữ nguyên vị trí',
  'app.toolbar.unpin': 'Bỏ ghim mục đã chọn',
  'app.toolbar.filters': '⚲ Lọc',
  'app.toolbar.filtersTitle': 'Lọc theo loại, chủ đề, tổ chức và thời gian',
  'app.toolbar.analyse': 'Phân tích ▾',
  'app.toolbar.analyseTitle': 'Chỉ số, đường đi và trùng lặp',
  'app.toolbar.metrics': 'Chỉ số và cộng đồng',
  'app.toolbar.hideMetrics': 'Ẩn chỉ số',
  'app.toolbar.metricsTitle': 'Bậc, độ trung gian, PageRank và cộng đồng',
  'app.toolbar.path': 'Đường đi ngắn nhất…',
  'app.toolbar.pathTitle': 'Chuỗi quan hệ ngắn nhất giữa hai thực thể đã chọn',
  'app.toolbar.duplicates': 'Trùng lặp…',
  'app.toolbar.duplicatesTitle': 'Các thực thể có thể là cùng một cơ quan hoặc cùng một người',
  'app.toolbar.share': 'Chia sẻ',
  'app.toolbar.shareTitle': 'Chia sẻ không gian làm việc này với các trình duyệt khác',
  'app.toolbar.shortcuts': 'Phím tắt',
  'app.toolbar.shortcutsTitle': 'Phím tắt (?)',

  // The export menu and what an export says when it is done.
  'app.export.png': 'Ảnh (PNG)',
  'app.export.pngHint': 'Đồ thị như đang hiển thị, đã áp dụng bộ lọc',
  'app.export.svg': 'Ảnh (SVG)',
  'app.export.svgHint': 'Đồ thị như đang hiển thị, dạng ảnh vector',
  'app.export.json': 'Không gian làm việc (Concord JSON)',
  'app.export.jsonHint': 'Toàn bộ dữ liệu, kèm nguồn và nguồn gốc: nhập lại không mất gì',
  'app.export.nodesCsv': 'Thực thể (CSV)',
  'app.export.nodesCsvHint': 'Mỗi thực thể một dòng, dùng cho bảng tính',
  'app.export.edgesCsv': 'Quan hệ (CSV)',
  'app.export.edgesCsvHint': 'Mỗi quan hệ một dòng, dùng cho bảng tính',
  'app.export.gexf': 'GEXF (Gephi)',
  'app.export.gexfHint': 'Mở được bằng Gephi và Gephi Lite',
  'app.export.graphml': 'GraphML',
  'app.export.graphmlHint': 'Mở được bằng Gephi, yEd, Cytoscape desktop, NetworkX',
  'app.export.cytoscape': 'Cytoscape JSON',
  'app.export.cytoscapeHint': 'Cytoscape desktop và Cytoscape.js',
  'app.export.nothingDrawn': 'Đồ thị chưa vẽ gì để xuất.',
  'app.export.drawing': 'Đã xuất hình vẽ thành {fileName}',
  'app.export.done': 'Đã xuất {entities} và {relations} thành {fileName}',

  // The layout menu.
  'app.layout.fcose': 'Mô phỏng lực',
  'app.layout.fcoseHint': 'Các thực thể có quan hệ nằm gần nhau (tối đa {max} nút)',
  'app.layout.forceatlas2': 'Mô phỏng lực, đồ thị lớn',
  'app.layout.forceatlas2Hint': 'ForceAtlas2 chạy nền: vẫn dùng được thẻ trong lúc chạy',
  'app.layout.concentric': 'Đồng tâm theo mức quan trọng',
  'app.layout.concentricHint':
    'Thực thể trung tâm nằm ở giữa (theo chỉ số kích thước, nếu không có thì theo bậc)',
  'app.layout.breadthfirst': 'Cây quanh mục đã chọn',
  'app.layout.breadthfirstHint': 'Duyệt theo chiều rộng từ các thực thể đã chọn',
  'app.layout.grid': 'Lưới',
  'app.layout.gridHint': 'Theo hàng và cột',
  'app.layout.circle': 'Vòng tròn',
  'app.layout.circleHint': 'Một vòng',
  'app.layout.selectRoot': 'Hãy chọn trước thực thể làm gốc của cây.',

  // The shortcut sheet and the shortcuts it lists.
  'app.shortcuts.title': 'Phím tắt',
  'app.shortcuts.mac': 'Trên máy Mac, dùng ⌘ ở mọi chỗ ghi Ctrl.',
  'app.shortcuts.or': 'hoặc',
  'app.shortcuts.key.drag': 'kéo',
  'app.shortcuts.key.click': 'nhấp',
  'app.shortcuts.key.doubleClick': 'Nhấp đúp',
  'app.shortcuts.anywhere': 'Mọi nơi ngoài ô nhập văn bản',
  'app.shortcuts.search': 'Tìm kiếm tên và tên gọi khác',
  'app.shortcuts.undo': 'Hoàn tác',
  'app.shortcuts.redo': 'Làm lại',
  'app.shortcuts.delete': 'Xóa mục đã chọn và các quan hệ của nó',
  'app.shortcuts.escape': 'Bỏ chọn; dừng thêm thực thể',
  'app.shortcuts.show': 'Hiện bảng phím tắt này',
  'app.shortcuts.moving': 'Di chuyển',
  'app.shortcuts.nextControl': 'Điều khiển tiếp theo hoặc trước đó',
  'app.shortcuts.press': 'Bấm nút hoặc mục trình đơn đang có tiêu điểm',
  'app.shortcuts.closeDialog': 'Đóng hộp thoại hoặc trình đơn',
  'app.shortcuts.searchBox': 'Ô tìm kiếm',
  'app.shortcuts.chooseResult': 'Chọn một kết quả',
  'app.shortcuts.openDetails': 'Chọn trên đồ thị và mở chi tiết',
  'app.shortcuts.clearSearch': 'Xóa nội dung tìm kiếm',
  'app.shortcuts.entityList': 'Danh sách thực thể',
  'app.shortcuts.previousNext': 'Thực thể trước hoặc sau',
  'app.shortcuts.firstLast': 'Thực thể đầu tiên hoặc cuối cùng',
  'app.shortcuts.toggle': 'Thêm vào vùng chọn hoặc bỏ ra',
  'app.shortcuts.metricsTable': 'Bảng chỉ số',
  'app.shortcuts.selectRow': 'Chọn thực thể của dòng đang có tiêu điểm',
  'app.shortcuts.graphKeys': 'Đồ thị, khi đang có tiêu điểm',
  'app.shortcuts.move': 'Di chuyển các nút đã chọn; nếu không chọn gì: kéo khung nhìn',
  'app.shortcuts.moveFurther': 'Như trên, xa gấp năm lần',
  'app.shortcuts.zoom': 'Phóng to hoặc thu nhỏ',
  'app.shortcuts.graphMouse': 'Đồ thị, bằng chuột',
  'app.shortcuts.dragLink': 'Kéo từ nút này sang nút khác để nối chúng',
  'app.shortcuts.addToSelection': 'Thêm một nút vào vùng chọn',
  'app.shortcuts.boxSelect': 'Chọn các nút trong khung kéo trên nền',
  'app.shortcuts.expand': 'Mở rộng một nút: hiện các nút lân cận',

  // The workspace menu.
  'app.workspaceMenu.title': 'Không gian làm việc',
  'app.workspaceMenu.new': 'Không gian làm việc mới…',
  'app.workspaceMenu.newTitle': 'Không gian làm việc mới',
  'app.workspaceMenu.name': 'Tên',
  'app.workspaceMenu.untitled': 'Không gian làm việc chưa đặt tên',
  'app.workspaceMenu.rename': 'Đổi tên…',
  'app.workspaceMenu.renameTitle': 'Đổi tên không gian làm việc',
  'app.workspaceMenu.join': 'Tham gia bằng lời mời…',
  'app.workspaceMenu.joinTitle':
    'Mở không gian làm việc mà người khác chia sẻ với bạn, bằng liên kết hoặc mã mời của họ',
  'app.workspaceMenu.backup': 'Sao lưu ngay',
  'app.workspaceMenu.backupTitle': 'Tải toàn bộ không gian làm việc về thành tệp có thể khôi phục',
  'app.workspaceMenu.lastBackup': 'Sao lưu gần nhất: {when}',
  'app.workspaceMenu.never': 'chưa có',
  'app.workspaceMenu.restore': 'Khôi phục bản sao lưu…',
  'app.workspaceMenu.restoreTitle': 'Mở tệp sao lưu thành một không gian làm việc mới',
  'app.workspaceMenu.delete': 'Xóa không gian làm việc…',
  'app.workspaceMenu.deleteTitle': 'Xóa “{name}”?',
  'app.workspaceMenu.deleteMessage':
    'Các thực thể, quan hệ và nguồn của không gian này sẽ bị xóa khỏi trình duyệt. Không thể hoàn tác thao tác này.',
  'app.workspaceMenu.deleteConfirm': 'Xóa không gian làm việc',

  // The workspace screen: its notices and progress lines.
  'app.workspaceScreen.noWorkspace': 'Chưa mở không gian làm việc nào.',
  'app.workspaceScreen.undo': 'Hoàn tác',
  'app.workspaceScreen.merged': { other: 'Đã gộp {count} thực thể vào “{name}”' },
  'app.workspaceScreen.deleted': 'Đã xóa {what}',
  'app.workspaceScreen.deletedWith': 'Đã xóa {what} cùng {relations}',
  'app.workspaceScreen.items': { other: '{count} mục' },
  'app.workspaceScreen.named': '“{name}”',
  'app.workspaceScreen.theRelation': 'quan hệ',
  'app.workspaceScreen.linkFailed': 'Không thể nối: {reason}',
  'app.workspaceScreen.linked':
    'Đã nối với quan hệ “{verb}”: có thể đổi quan hệ trong bảng chi tiết nếu cần.',
  'app.workspaceScreen.drawing': 'Đang vẽ {done}/{total} phần tử…',
  'app.workspaceScreen.backToOverview': 'Quay lại tổng quan',
  'app.workspaceScreen.layingOut': 'Đang sắp xếp bố cục…',
  'app.workspaceScreen.layingOutPercent': 'Đang sắp xếp bố cục… {percent}%',
  'app.workspaceScreen.added': 'Đã thêm “{title}”: {entities}, {relations}',

  // The screen shown when the app cannot start, and the default workspace.
  'app.main.storageFailed': 'Concord không mở được kho lưu trữ: {reason}',
  'app.controller.defaultWorkspaceName': 'Không gian làm việc của tôi',

  // Why saving failed (persist).
  'app.persist.storageFull':
    'Bộ nhớ của trình duyệt đã đầy: các thay đổi mới nhất vẫn nằm trong thẻ này nhưng chưa được lưu. Hãy giải phóng dung lượng đĩa; Concord sẽ tiếp tục thử lại.',
  'app.persist.databaseClosed':
    'Trình duyệt đã đóng cơ sở dữ liệu của không gian làm việc này: các thay đổi mới nhất chưa được lưu. Concord sẽ tiếp tục thử lại; hãy giữ thẻ này mở.',
  'app.persist.failed':
    'Lưu thất bại: các thay đổi mới nhất vẫn nằm trong thẻ này nhưng chưa được lưu. Concord sẽ tiếp tục thử lại.',
  'app.persist.failedWithDetail':
    'Lưu thất bại ({detail}): các thay đổi mới nhất vẫn nằm trong thẻ này nhưng chưa được lưu. Concord sẽ tiếp tục thử lại.',

  // The empty workspace.
  'app.empty.title': 'Không gian làm việc này đang trống',
  'app.empty.about':
    'Concord lập bản đồ ai làm việc với ai: người, tổ chức, các chương trình phối hợp họ ký kết và các chủ đề mà chúng bao gồm. Mọi dữ liệu đều nằm trong trình duyệt này.',
  'app.empty.loadSample': 'Mở không gian làm việc mẫu',
  'app.empty.import': 'Nhập một bài viết',
  'app.empty.addPerson': 'Thêm một người',
  'app.empty.addOrg': 'Thêm một tổ chức',
  'app.empty.sampleNote':
    'Dữ liệu mẫu gồm hai bài báo từ Tân Bình và Thành phố Hồ Chí Minh: cán bộ, cơ quan, chương trình phối hợp và chiến dịch được nêu trong đó, mỗi quan hệ đều trích dẫn câu gốc.',

  // The search box.
  'app.search.placeholder': 'Tìm tên, tên gọi khác (Ctrl+K)',
  'app.search.label': 'Tìm kiếm thực thể',
  'app.search.noMatch': 'Không có thực thể nào khớp với “{query}”.',
  'app.search.results': 'Thực thể phù hợp',

  // The backup reminder.
  'app.backupReminder.text': {
    other:
      '“{name}” có {count} ngày chỉnh sửa chưa nằm trong bản sao lưu nào. Tệp sao lưu là bản bạn có thể khôi phục nếu trình duyệt này mất dữ liệu lưu trữ.',
  },
  'app.backupReminder.now': 'Sao lưu ngay',
  'app.backupReminder.later': 'Để sau',

  // The problems banner.
  'app.problems.headline': 'Đã để riêng một số dữ liệu từ bản sao khác: không đọc được {what}.',
  'app.problems.both': '{records} và {updates}',
  'app.problems.records': { other: '{count} bản ghi' },
  'app.problems.updates': { other: '{count} bản cập nhật' },
  'app.problems.details': 'Chi tiết',
  'app.problems.hideDetails': 'Ẩn chi tiết',

  // The save status.
  'app.saveStatus.loading': 'Đang mở…',
  'app.saveStatus.saving': 'Đang lưu…',
  'app.saveStatus.saved': 'Đã lưu',
  'app.saveStatus.error': 'Chưa lưu',
  'app.saveStatus.savedTitle': 'Mọi thay đổi đều được lưu trong trình duyệt này.',
  'app.saveStatus.savedNotPersistentTitle':
    'Mọi thay đổi đều được lưu trong trình duyệt này. Trình duyệt có thể xóa dữ liệu này khi thiếu dung lượng: hãy xuất bản sao lưu.',

  // The connection indicator: short, it shares the toolbar ("Máy chủ" for the relay server).
  'app.sync.offline': 'Ngoại tuyến',
  'app.sync.connecting': 'Đang kết nối…',
  'app.sync.peers': { other: '{count} bản sao' },
  'app.sync.relay': 'Máy chủ',
  'app.sync.relayPeers': '{peers}',
  'app.sync.notSynced': 'Chưa đồng bộ',
  'app.sync.lastSync': 'Đồng bộ lần cuối {time}',
  'app.sync.withProblem': '{details}. {problem}',

  // The offer of a new version.
  'app.update.ready': 'Đã có phiên bản Concord mới.',
  'app.update.reload': 'Tải lại để cập nhật',
  'app.update.reloading': 'Đang cập nhật…',
  'app.update.later': 'Để sau',
};
