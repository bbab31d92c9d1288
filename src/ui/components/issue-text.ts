/**
 * A dataset issue in the page's language: on the English page the core's own sentence (with its
 * figures); on the Vietnamese page what its code means, with where it is and the value. The
 * Vietnamese lines are kept here, beside the pages that show issues (lazy chunks), not in the
 * messages every page loads first.
 */
import { useTranslation } from 'react-i18next'
import type { DatasetIssue, IssueCode } from '../../core/index.ts'
import { useApp } from '../app/app-context.tsx'

/** What each issue code means, in a line (the core's `ISSUE_CODES`, in Vietnamese). */
const ISSUE_CODES_VI = {
  E_JSON_SYNTAX: 'tệp không phải JSON hợp lệ (hoặc bị cắt cụt)',
  E_FILE_TOO_LARGE: 'tệp lớn hơn giới hạn dung lượng',
  E_TOO_DEEP: 'đối tượng hoặc mảng lồng nhau sâu hơn giới hạn',
  E_STRING_TOO_LONG: 'một chuỗi dài hơn giới hạn',
  E_FORBIDDEN_KEY: 'một khóa tên __proto__, constructor hoặc prototype',
  E_NOT_FINITE: 'một số là NaN hoặc vô hạn (ví dụ 1e400)',
  E_TOP_LEVEL_TYPE: 'tài liệu không phải một đối tượng JSON',
  E_UNSUPPORTED_VERSION: 'phiên bản tập dữ liệu không được chương trình này hỗ trợ',
  E_MISSING_FIELD: 'thiếu một trường bắt buộc',
  E_MISSING_ID: 'một bản ghi không có mã (id)',
  E_BAD_ID: 'mã không đúng dạng chữ thường nối bằng gạch ngang',
  E_WRONG_TYPE: 'một trường sai kiểu dữ liệu',
  E_COORD_NOT_NUMBER: 'một tọa độ không phải là số (ví dụ là chuỗi)',
  E_LAT_RANGE: 'vĩ độ nằm ngoài khoảng -90..90',
  E_LON_RANGE: 'kinh độ nằm ngoài khoảng -180..180',
  E_POSITION_SHORT: 'một điểm hình học có ít hơn 2 giá trị',
  E_NON_POSITIVE: 'chiều dài, tốc độ hoặc thời gian bằng 0 hoặc âm',
  E_UNKNOWN_MODE: 'loại tuyến không phải đường bộ, đường thủy hay đường sắt',
  E_ENUM_CASE: 'một giá trị chỉ khác giá trị cho phép ở chữ hoa, chữ thường',
  E_UNKNOWN_VALUE: 'một giá trị không thuộc các giá trị cho phép',
  E_BAD_DATE: 'ngày không có dạng YYYY, YYYY-MM hoặc YYYY-MM-DD, hoặc không có thật',
  E_INVALID_VALUE: 'một giá trị vi phạm quy tắc của trường',
  E_DUPLICATE_PLACE_ID: 'hai địa điểm trùng mã',
  E_DUPLICATE_LINK_ID: 'hai tuyến trùng mã',
  E_DUPLICATE_PROJECT_ID: 'hai dự án trùng mã',
  E_DUPLICATE_SOURCE_ID: 'hai nguồn trùng mã',
  E_UNKNOWN_PLACE: 'một tuyến hoặc cửa ngõ nhắc tới địa điểm không tồn tại',
  E_UNKNOWN_PROJECT: 'một tuyến nhắc tới dự án không tồn tại',
  E_UNKNOWN_LINK: 'một dự án nâng cấp hoặc thay thế tuyến không tồn tại',
  E_UNKNOWN_SOURCE: 'một bản ghi dẫn nguồn không tồn tại',
  E_SELF_LOOP: 'một tuyến bắt đầu và kết thúc ở cùng một địa điểm',
  E_IMPLAUSIBLE_SPEED: 'tốc độ của tuyến nhanh hoặc chậm quá mức có thể với loại tuyến này',
  E_DUPLICATE_TOUR_ID: 'hai tour trong tệp tour trùng mã',
  E_DUPLICATE_STOP: 'một tour ghi cùng một địa điểm hai lần',
  W_PARALLEL_LINK: 'hai tuyến nối cùng hai địa điểm, cùng loại và cùng số hiệu đường, trong cùng kịch bản',
  W_PROJECT_UNDATED: 'dự án không có ngày dùng được, nên kịch bản theo ngày giữ các tuyến của nó đóng',
  W_DATE_ON_EXISTING_LINK: 'tuyến không thuộc dự án lại có ngày; ngày đó bị bỏ qua',
  W_UNKNOWN_FIELD: 'trường chương trình không biết (gõ nhầm?) bị bỏ qua',
  W_OUTSIDE_REGION: 'địa điểm nằm ngoài vùng tập dữ liệu khai báo',
  W_LATLON_SWAPPED: 'vĩ độ và kinh độ có vẻ bị đảo',
  W_SHORTER_THAN_STRAIGHT: 'tuyến ngắn hơn đường thẳng nối hai đầu',
  W_LONG_DETOUR: 'tuyến đường bộ dài hơn 2,5 lần đường thẳng nối hai đầu (và dài hơn 5 km)',
  W_FAR_FROM_REFERENCE: 'địa điểm cách một vị trí tham chiếu đã công bố hơn 3 km',
  W_UNUSUAL_SPEED: 'tốc độ của tuyến nhanh hoặc chậm khác thường với loại tuyến này',
  W_SPEED_OUTSIDE_CLASS: 'tốc độ đường bộ nằm ngoài khoảng thường gặp của cấp đường',
  W_UNREACHABLE_PLACE: 'địa điểm không nối với phần còn lại của mạng, kể cả khi mọi dự án đều mở',
} as const satisfies Record<IssueCode, string>

export function useIssueText(): (issue: DatasetIssue) => string {
  const { t } = useTranslation()
  const { language } = useApp()
  return (issue) => {
    const where = `${issue.path || '—'}${issue.record ? ` (${issue.record})` : ''}`
    const what = language === 'en' ? issue.message : ISSUE_CODES_VI[issue.code]
    const value = issue.value !== undefined ? ` [${t('issueValue', { value: issue.value })}]` : ''
    return `${where}: ${what}${value}`
  }
}
