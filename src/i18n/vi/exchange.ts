// Messages of the exchange screens and the modules beneath them.
import type { Translations } from '../catalogue';
import type { exchange as english } from '../en/exchange';

export const exchange: Translations<typeof english> = {
  'exchange.type.a.person': 'một người',
  'exchange.type.a.org': 'một tổ chức',
  'exchange.type.a.agreement': 'một thỏa thuận',
  'exchange.type.a.theme': 'một chủ đề',
  'exchange.type.a.source': 'một nguồn',
  'exchange.types.person': 'người',
  'exchange.types.org': 'tổ chức',
  'exchange.types.agreement': 'thỏa thuận',
  'exchange.types.theme': 'chủ đề',
  'exchange.types.source': 'nguồn',
  'exchange.count.person': '{count} người',
  'exchange.count.org': '{count} tổ chức',
  'exchange.count.agreement': '{count} thỏa thuận',
  'exchange.count.theme': '{count} chủ đề',
  'exchange.count.source': '{count} nguồn',

  'exchange.number.oneDecimal': '{whole},{tenth}',

  'exchange.where.entity': 'Thực thể {index}',
  'exchange.where.entityNamed': 'Thực thể {index} (“{name}”)',
  'exchange.where.relation': 'Quan hệ {index}',
  'exchange.where.node': 'Nút {index}',
  'exchange.where.nodeId': 'Nút “{id}”',
  'exchange.where.edge': 'Cạnh {index}',
  'exchange.where.edgeId': 'Cạnh “{id}”',
  'exchange.where.nodesRow': 'Dòng {row} của bảng nút',
  'exchange.where.edgesRow': 'Dòng {row} của bảng cạnh',
  'exchange.where.named': '{where} (“{name}”)',

  'exchange.report.at': '{where}: {problem}',
  'exchange.report.fieldAt': '{where}: {field}: {problem}',
  'exchange.report.unreadable': '{where}: không đọc được.',
  'exchange.report.sentences': '{first} {rest}',
  'exchange.report.moreProblems': '…và {count} lỗi khác.',

  'exchange.assemble.noEntities': 'Tệp không có thực thể nào.',
  'exchange.assemble.tooManyEntities': 'Tệp có {count} thực thể; Concord chỉ nhập tối đa {most}.',
  'exchange.assemble.tooManyRelations': 'Tệp có {count} quan hệ; Concord chỉ nhập tối đa {most}.',
  'exchange.assemble.idTwice': '{where}: mã “{id}” bị dùng hai lần (cả ở {first}).',

  'exchange.edges.repeated':
    '{count} quan hệ trùng lặp với quan hệ khác; nguồn của chúng đã được gộp.',
  'exchange.edges.toItself': '{where}: quan hệ nối “{name}” với chính nó.',
  'exchange.edges.cannotLink': '{where}: không thể nối {from} với {to} bằng quan hệ “{verb}”.',
  'exchange.edges.end.source': 'điểm đầu',
  'exchange.edges.end.target': 'điểm cuối',
  'exchange.edges.noEnd': '{where}: thiếu {end}.',
  'exchange.edges.endNamesMany':
    '{where}: {end} “{name}” trùng tên với {count} thực thể; hãy dùng mã của thực thể.',
  'exchange.edges.endNotNode': '{where}: {end} “{name}” không phải là nút nào trong tệp.',
  'exchange.edges.noType': '{where}: thiếu loại quan hệ.',
  'exchange.edges.unknownType': '{where}: không nhận ra loại “{type}”.',
  'exchange.edges.untyped': '{count} cạnh không có loại; đã nhập thành “{relation}”.',
  'exchange.edges.typeUnknown':
    '{count} cạnh có loại “{type}” mà Concord không biết; đã nhập thành “{relation}”, giữ loại đó làm nhãn.',
  'exchange.edges.labelNotText': '{where}: nhãn không phải là văn bản.',
  'exchange.edges.labelIgnored':
    'Đã bỏ qua {count} nhãn của quan hệ “{verb}” (loại quan hệ này không có nhãn).',
  'exchange.edges.labelTooLong': '{where}: nhãn dài {length} ký tự; tối đa {most}.',
  'exchange.edges.notConcordId': '{where}: “{id}” không phải là mã quan hệ của Concord.',

  'exchange.nodes.typeNotWord': '{where}: loại không phải là một từ.',
  'exchange.nodes.typeNotOneOf': '{where}: loại “{type}” không thuộc {types}.',
  'exchange.nodes.typeUnknown':
    '{count} nút có loại “{type}” mà Concord không biết; đã nhập thành {fallback}.',
  'exchange.nodes.noType': '{where}: thiếu loại.',
  'exchange.nodes.untyped': '{count} nút không có loại; đã nhập thành {type}.',
  'exchange.nodes.idOfOtherType':
    '{where}: mã “{id}” thuộc về {owner}, nhưng loại lại là “{type}”.',
  'exchange.nodes.notConcordId': '{where}: “{id}” không phải là mã của Concord.',
  'exchange.nodes.unknownField': 'Đã bỏ qua trường không xác định “{field}” ({count} lần).',
  'exchange.nodes.fieldIgnored':
    'Đã bỏ qua {count} giá trị “{field}” của {types} (loại này không có trường đó).',
  'exchange.nodes.positionNotNumbers': '{where}: vị trí không phải là hai số.',
  'exchange.nodes.pinnedNotBoolean': '{where}: “pinned” phải là true hoặc false.',

  'exchange.attributes.noLabel': '{count} nút không có nhãn; dùng mã làm tên.',
  'exchange.attributes.nodeIgnored':
    'Đã bỏ qua thuộc tính nút “{name}” ({count} lần): Concord không có trường tương ứng.',
  'exchange.attributes.edgeIgnored':
    'Đã bỏ qua thuộc tính cạnh “{name}” ({count} lần): Concord không có trường tương ứng.',

  'exchange.fields.notNumber': '“{value}” không phải là số.',
  'exchange.fields.notBoolean': '“{value}” không phải là có hoặc không (true / false).',

  'exchange.provenance.notJson': 'nguồn gốc không phải là JSON hợp lệ.',
  'exchange.provenance.notList': 'nguồn gốc không phải là một danh sách.',
  'exchange.provenance.badPassage': 'đoạn {index} trong nguồn gốc bị lỗi.',

  'exchange.concordJson.newer':
    'Không gian làm việc này được lưu bằng phiên bản Concord mới hơn (định dạng phiên bản {version}); phiên bản này chỉ đọc được phiên bản {current}.',
  'exchange.concordJson.noVersion': 'Tệp không có phiên bản định dạng hợp lệ.',
  'exchange.concordJson.noEntities': 'Tệp không có danh sách thực thể.',
  'exchange.concordJson.noRelations': 'Tệp không có danh sách quan hệ.',
  'exchange.concordJson.badPositions': 'Phần vị trí không phải là bảng ánh xạ từ mã sang vị trí.',
  'exchange.concordJson.badPosition': 'Vị trí của “{id}” không có dạng {shape}.',
  'exchange.concordJson.strayPositions':
    'Đã bỏ qua {count} vị trí của các thực thể không có trong tệp.',
  'exchange.concordJson.entityNotRecord': 'Thực thể {index} không phải là một bản ghi.',
  'exchange.concordJson.relationNotRecord': 'Quan hệ {index} không phải là một bản ghi.',

  'exchange.cytoscapeJson.nodesNotList': '“elements.nodes” không phải là một danh sách.',
  'exchange.cytoscapeJson.edgesNotList': '“elements.edges” không phải là một danh sách.',

  'exchange.csv.brokenQuoting': 'Tệp CSV có dấu ngoặc kép bị lỗi: {detail}',
  'exchange.csv.brokenQuotingAt': 'Tệp CSV có dấu ngoặc kép bị lỗi (dòng {row}): {detail}',
  'exchange.csv.cells': '{count} ô',
  'exchange.csv.moreRows': '{count} dòng khác',
  'exchange.csv.unevenRow': 'Dòng {row} có {cells} nhưng dòng tiêu đề có {columns} ô.',
  'exchange.csv.unevenRows': 'Dòng {row} có {cells} nhưng dòng tiêu đề có {columns} ô (và {more}).',
  'exchange.csv.noHeader': 'Tệp CSV không có dòng tiêu đề ghi tên các cột.',
  'exchange.csv.tooManyColumns': 'Tệp CSV có {count} cột; Concord chỉ đọc tối đa {most}.',
  'exchange.csv.repeatedColumn': 'Cột “{column}” xuất hiện hai lần trong dòng tiêu đề.',

  'exchange.csvImport.chooseTable': 'Hãy chọn bảng nút, bảng cạnh hoặc cả hai.',
  'exchange.csvImport.noNodeColumn': 'Bảng nút không có cột “{column}” (được chọn cho {field}).',
  'exchange.csvImport.noEdgeColumn': 'Bảng cạnh không có cột “{column}” (được chọn cho {field}).',
  'exchange.csvImport.endIsId':
    '{where}: “{id}” là mã của một thực thể; hãy chọn thêm bảng nút để Concord biết thực thể đó.',
  'exchange.csvImport.madeFromEnds': 'Đã tạo {count} thực thể từ các đầu cạnh, với loại {types}.',
  'exchange.csvImport.sameKind': 'Cả hai tệp đều được đọc là cùng một loại bảng.',

  'exchange.xml.declarations':
    'Tệp khai báo kiểu tài liệu hoặc thực thể XML, nên Concord từ chối đọc (chúng có thể khiến tệp đọc sang tệp khác hoặc phình to vô hạn).',
  'exchange.xml.tooDeep':
    'Tệp lồng các phần tử sâu hơn {most} cấp; GEXF và GraphML chỉ cần chưa đến mười cấp.',
  'exchange.xml.malformed': 'Tệp không phải là XML hợp lệ: {detail}',
  'exchange.xml.notGraphFile':
    'Đây không phải là tệp {format}: không có phần tử gốc <{root}> chứa <graph>.',

  'exchange.file.tooLarge': '{name} nặng {size} MB; Concord chỉ nhập tệp tối đa {most} MB.',
  'exchange.file.unreadable': 'Không đọc được {name}.',
  'exchange.file.binary': '{name} là tệp nhị phân, không phải đồ thị mà Concord đọc được.',
  'exchange.file.notUtf8':
    '{name} không phải là văn bản UTF-8. Hãy lưu lại dưới dạng UTF-8 (trong Excel: “CSV UTF-8”) rồi thử lại.',
  'exchange.file.textTooLarge': '{name} lớn hơn {most} MB, mức tối đa Concord nhập được.',
  'exchange.file.empty': '{name} trống.',
  'exchange.file.problem': '{name}: {problem}',
  'exchange.file.notJsonOrXml': '{name} không bắt đầu như một tệp JSON hay XML.',
  'exchange.file.invalidJson': '{name} không phải là JSON hợp lệ.',
  'exchange.file.invalidJsonDetail': '{name} không phải là JSON hợp lệ ({detail}).',
  'exchange.file.neitherJson':
    '{name} là JSON nhưng không phải không gian làm việc Concord (“format”: “concord-workspace”) cũng không phải Cytoscape JSON (“elements”).',
  'exchange.file.neitherXml':
    '{name} là XML nhưng không phải GEXF hay GraphML: phần tử gốc là <{root}>.',
  'exchange.files.none': 'Hãy chọn một tệp.',
  'exchange.files.tooMany': 'Hãy chọn một tệp, hoặc hai tệp CSV: bảng nút và bảng cạnh.',
  'exchange.files.notTables': 'Hai tệp chỉ có thể là hai bảng CSV: bảng nút và bảng cạnh.',

  'exchange.preview.notChecked': 'Tệp chưa được kiểm tra; hãy chọn lại tệp.',
  'exchange.preview.cancelled': 'Đã hủy: không có gì được lưu.',

  'exchange.dialog.title': 'Nhập không gian làm việc',
  'exchange.dialog.chooseFile': 'Chọn tệp',
  'exchange.dialog.dropHint':
    'hoặc thả tệp vào đây: Concord JSON, GEXF, GraphML, Cytoscape JSON hoặc CSV (bảng nút, bảng cạnh hoặc cả hai).',
  'exchange.dialog.defaultType': 'Nút không có loại sẽ thành',
  'exchange.dialog.reading': 'Đang đọc {names} ({size})…',
  'exchange.dialog.checking': 'Đang kiểm tra {names} ({size})…',
  'exchange.dialog.progress': 'Đang đọc và kiểm tra tệp',
  'exchange.dialog.kilobytes': '{size} KB',
  'exchange.dialog.megabytes': '{size} MB',
  'exchange.dialog.willImport': 'Sẽ nhập {entities} và {relations}.',
  'exchange.dialog.noEntities': '0 thực thể',
  'exchange.dialog.cannotImport': 'Không thể nhập tệp này; sẽ không có gì được lưu. Các lỗi:',
  'exchange.dialog.newWorkspace': 'Không gian làm việc mới có tên',
  'exchange.dialog.newWorkspaceName': 'Tên của không gian làm việc mới',
  'exchange.dialog.merge':
    'Gộp vào “{name}” (thực thể cùng mã sẽ được cập nhật, không bao giờ bị xóa)',
  'exchange.dialog.import': 'Nhập',
  'exchange.dialog.importing': 'Đang nhập…',

  'exchange.mapping.notInFile': '— không có trong tệp —',
  'exchange.mapping.nodes': 'Nút: {name}',
  'exchange.mapping.edges': 'Cạnh: {name}',
  'exchange.mapping.name': 'Tên',
  'exchange.mapping.id': 'Mã',
  'exchange.mapping.type': 'Loại',
  'exchange.mapping.aliases': 'Tên gọi khác',
  'exchange.mapping.notes': 'Ghi chú',
  'exchange.mapping.source': 'Điểm đầu',
  'exchange.mapping.target': 'Điểm cuối',
  'exchange.mapping.label': 'Nhãn',
  'exchange.mapping.provenance': 'Nguồn gốc',
  'exchange.mapping.defaultType': 'Dòng không có loại sẽ thành',
  'exchange.mapping.moreColumns': 'Thêm cột',
  'exchange.mapping.endType': 'Các đầu cạnh sẽ thành',
  'exchange.mapping.endsHint': 'Mỗi tên ở một đầu cạnh sẽ thành một thực thể.',
  'exchange.mapping.swap': 'Đổi bảng nút và bảng cạnh',

  'exchange.import.hasProblems': 'Tệp này có lỗi: chưa nhập gì.',
  'exchange.import.noWorkspace': 'Chưa mở không gian làm việc nào.',
  'exchange.import.done':
    'Đã nhập {entities} ({added} mới, {updated} được cập nhật) và {relations}',
  'exchange.import.undo': 'Hoàn tác',
};
