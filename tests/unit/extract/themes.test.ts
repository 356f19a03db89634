// Quoted themes are campaigns and slogans, not scare quotes or awards; topics come from the
// list of contents.
import { describe, expect, it } from 'vitest';
import { corpusOf } from './helpers';

const quoted = (text: string) =>
  corpusOf(text)
    .themes.filter((t) => t.quoted)
    .map((t) => t.name);

describe('quoted themes', () => {
  it('reads a campaign after its cue and the quotes listed after it', () => {
    const text =
      'Đẩy mạnh phong trào thi đua “Nông dân sản xuất giỏi”, “Cựu chiến binh gương mẫu” và cuộc vận động “Ngày vì người nghèo”.';
    expect(quoted(text)).toEqual([
      'Nông dân sản xuất giỏi',
      'Cựu chiến binh gương mẫu',
      'Ngày vì người nghèo',
    ]);
  });

  it('reads models, projects and the quoted title of an instrument', () => {
    const text =
      'Hai bên ký kết kế hoạch phối hợp về “Vận động ngư dân bám biển” và xây dựng mô hình “Tổ tự quản”.';
    expect(quoted(text)).toEqual(['Vận động ngư dân bám biển', 'Tổ tự quản']);
  });

  it('sees the cue behind a cited document’s number and date', () => {
    const text =
      'Hai bên sơ kết Chương trình phối hợp số 12/CTr-HND ngày 20/3/2019 về “Nông dân giữ biên cương”.';
    expect(quoted(text)).toEqual(['Nông dân giữ biên cương']);
  });

  it('reads a quote that names its own kind of campaign, and a series of events', () => {
    const text =
      'Tổ chức “Ngày hội Biên phòng toàn dân” và chuỗi hoạt động “Hành quân về biên giới”, ' +
      'không làm “phong trào” hình thức.';
    expect(quoted(text)).toEqual(['Ngày hội Biên phòng toàn dân', 'Hành quân về biên giới']);
  });

  it('leaves out scare quotes and awards', () => {
    const text =
      'Không để xảy ra “điểm nóng”, ngăn chặn “diễn biến hòa bình”. Đơn vị được tặng danh hiệu “Đơn vị quyết thắng”.';
    expect(quoted(text)).toEqual([]);
  });

  it('keeps one theme per name, as first written', () => {
    expect(quoted('Phong trào “Dân vận khéo”. Nhân rộng mô hình “dân vận khéo”.')).toEqual([
      'Dân vận khéo',
    ]);
  });
});

describe('topic themes', () => {
  it('reads the items of the contents list', () => {
    const text =
      'Chiều 2/2, Hội Nông dân huyện và Công an huyện ký kết chương trình phối hợp. ' +
      'Chương trình gồm các nội dung như: tuyên truyền pháp luật cho hội viên; phòng chống tội phạm ở nông thôn; xây dựng mô hình tự quản.';
    const topics = corpusOf(text)
      .themes.filter((t) => !t.quoted)
      .map((t) => t.name);
    expect(topics).toEqual([
      'tuyên truyền pháp luật cho hội viên',
      'phòng chống tội phạm ở nông thôn',
      'xây dựng mô hình tự quản',
    ]);
  });

  it('takes the field an instrument is named after', () => {
    const text =
      'Sáng 6/6, Ban Dân vận Huyện ủy và Công an huyện ký kết chương trình phối hợp thực hiện công tác dân vận giai đoạn 2024 - 2029.';
    expect(corpusOf(text).themes).toEqual([{ name: 'công tác dân vận', quoted: false }]);
  });

  it('never takes a figure of results, a person or a post for a topic', () => {
    const text =
      'Chiều 2/2, Hội Nông dân huyện và Công an huyện ký kết chương trình phối hợp. ' +
      'Năm qua, hai bên hòa giải thành 45 vụ mâu thuẫn ở cơ sở; duy trì 12 tổ tự quản đường làng; Phó Giám đốc Công an tỉnh chủ trì tổng kết.';
    expect(corpusOf(text).themes).toEqual([]);
  });

  it('takes a field written with commas from the instrument’s name', () => {
    const text =
      'Ngày 9/9, Hội Nông dân huyện và Công an huyện ký kết quy chế phối hợp trong công tác bảo đảm an ninh, trật tự giai đoạn 2024 - 2029.';
    expect(corpusOf(text).themes).toEqual([
      { name: 'công tác bảo đảm an ninh, trật tự', quoted: false },
    ]);
  });
});
