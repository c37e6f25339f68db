"""Simplified Chinese demo material: Lumo Shop's customers in China."""

LANGUAGE = "zh-Hans"
COUNTRY_PHONE = "+86"
TEAM = "客户服务"
TEAM_SLUG = "kehu-fuwu"
TEAM_EMAIL = "kefu@lumoshop.example"
ORGANISATION = "Lumo Shop"

STAFF = [
    ("wang", "王芳", "agent"),
    ("li", "李伟", "agent"),
    ("zhang", "张敏", "supervisor"),
]

CUSTOMERS = [
    ("陈静", "chenjing@example.cn", "+86 138 0013 8000", "上海市浦东新区世纪大道100号"),
    ("刘洋", "liuyang@example.cn", "+86 139 1234 5678", "北京市朝阳区建国路88号"),
    ("赵丽", "zhaoli@example.cn", "+86 137 8765 4321", "广州市天河区体育西路55号"),
    ("黄强", "huangqiang@example.cn", "+86 136 2468 1357", "深圳市南山区科技园路1号"),
]

REFERENCE_KINDS = [("order", "LM{n:09d}"), ("package", "SF{n:010d}")]

THREADS = [
    ("订单还没有发货",
     "您好，我的订单{ref}已经下单五天了，还没有发货，请问是什么原因？",
     "{name}您好！非常抱歉让您久等了。我们查询到您的订单因仓库盘点延迟，今天已经安排发货，"
     "预计两天内送达。请问还有什么可以帮您的吗？感谢您的耐心，祝您生活愉快！客服{agent}",
     "好的，谢谢。"),
    ("申请退货",
     "收到的鞋子尺码不合适，可以退货吗？订单号{ref}。",
     "{name}您好！可以的，商品签收后七天内均可申请退货。请您在订单页面点击“申请退货”，"
     "我们会安排快递上门取件。如有其他问题，欢迎随时联系我们。客服{agent}",
     ""),
    ("包裹破损",
     "快递送到的时候包裹已经破了，里面的杯子碎了一个。",
     "你自己不会看清楚再签收吗？这个我们处理不了。",
     "你们的服务态度太差了！"),
    ("发票问题",
     "请问可以开增值税专用发票吗？",
     "{name}您好！可以为您开具增值税专用发票，请您提供公司名称、税号、地址电话及开户行信息，"
     "我们会在三个工作日内寄出。感谢您的支持！客服{agent}",
     ""),
]
