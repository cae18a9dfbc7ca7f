"""Person names from several cultures, as résumés in an international hiring pool carry them.

The lists are long enough that most synthetic people have a distinct name, yet short enough
that common names repeat ("Wei Zhang" twice in 10^4 people): entity resolution must not
merge two people on a name alone, and a benchmark without namesakes would flatter it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

__all__ = ["CULTURES", "FIRST_NAMES", "LAST_NAMES", "Name", "random_name"]

#: Culture → share of the pool, roughly that of a US/EU/Asia tech labour market.
CULTURES: dict[str, float] = {
    "chinese": 0.18, "indian": 0.16, "anglo": 0.16, "hispanic": 0.09, "arabic": 0.06,
    "slavic": 0.07, "nigerian": 0.05, "korean": 0.06, "japanese": 0.05, "vietnamese": 0.05,
    "german": 0.04, "french": 0.03,
}

FIRST_NAMES: dict[str, tuple[str, ...]] = {
    "chinese": (
        "Wei", "Jing", "Hao", "Yan", "Lei", "Xin", "Yu", "Jun", "Ming", "Li", "Hui", "Qiang",
        "Fang", "Tao", "Chen", "Bo", "Yi", "Lin", "Xiaoming", "Jiayi", "Zihan", "Yuxuan",
        "Haoran", "Siyu", "Ruoxi", "Qidong", "Shenggan", "Bangda", "Xuanlei", "Yinlong",
        "Zhiwei", "Jiajia", "Yuming", "Ziming", "Lansong", "Chang", "Feng", "Quan", "Kai",
        "Rui", "Peng", "Dong", "Yang", "Shu", "Wen", "Zhen", "Tianyi", "Xiaoyu", "Mengqi",
        "Ruichuan", "Hongyu", "Yifan", "Jiahui", "Shiyi", "Youhui", "Zhaoyang",
    ),
    "indian": (
        "Aarav", "Vivaan", "Aditya", "Arjun", "Rohan", "Rahul", "Priya", "Ananya", "Diya",
        "Kavya", "Sneha", "Pooja", "Neha", "Vikram", "Sanjay", "Karthik", "Harish", "Deepak",
        "Suresh", "Ramesh", "Lakshmi", "Meera", "Ishaan", "Aditi", "Nikhil", "Varun",
        "Siddharth", "Shreya", "Anjali", "Gaurav", "Akshay", "Divya", "Rajesh", "Arun",
        "Swati", "Manish", "Nandini", "Abhishek", "Tanvi", "Krishna", "Venkat", "Srinivas",
        "Pranav", "Riya", "Amit", "Sunil", "Kiran", "Harini", "Yash", "Aishwarya",
    ),
    "anglo": (
        "James", "John", "Robert", "Michael", "William", "David", "Richard", "Thomas",
        "Daniel", "Matthew", "Emily", "Sarah", "Jessica", "Ashley", "Jennifer", "Elizabeth",
        "Hannah", "Olivia", "Emma", "Grace", "Benjamin", "Samuel", "Andrew", "Joshua",
        "Peter", "Hayes", "Ryan", "Tyler", "Kevin", "Brian", "Laura", "Rachel", "Megan",
        "Katherine", "Alice", "Charlotte", "George", "Henry", "Jack", "Oliver", "Chloe",
        "Lucy", "Nathan", "Ethan", "Caleb", "Madison", "Abigail", "Sophie", "Claire", "Adam",
    ),
    "hispanic": (
        "José", "Juan", "Luis", "Carlos", "Jorge", "Miguel", "Alejandro", "Diego", "Javier",
        "Fernando", "María", "Ana", "Sofía", "Valentina", "Camila", "Lucía", "Isabel",
        "Gabriela", "Daniela", "Carmen", "Andrés", "Pablo", "Ricardo", "Eduardo", "Mateo",
        "Santiago", "Sebastián", "Paula", "Elena", "Mariana", "Raúl", "Héctor", "Rosa",
        "Ximena", "Adriana", "Marcos", "Rodrigo", "Alba", "Inés", "Emilio",
    ),
    "arabic": (
        "Mohammed", "Ahmed", "Omar", "Ali", "Yusuf", "Khalid", "Hassan", "Ibrahim", "Tariq",
        "Karim", "Fatima", "Aisha", "Layla", "Mariam", "Noor", "Huda", "Salma", "Yasmin",
        "Rania", "Zainab", "Samir", "Walid", "Faisal", "Nabil", "Amira", "Hana", "Rashid",
        "Bilal", "Jamal", "Leila", "Mustafa", "Hamza", "Sara", "Dina", "Malik",
    ),
    "slavic": (
        "Aleksandr", "Dmitri", "Ivan", "Sergei", "Nikolai", "Andrei", "Mikhail", "Pavel",
        "Vladimir", "Alexei", "Olga", "Natalia", "Elena", "Irina", "Tatiana", "Svetlana",
        "Anastasia", "Ekaterina", "Marina", "Yulia", "Piotr", "Tomasz", "Katarzyna",
        "Agnieszka", "Jakub", "Marek", "Lukas", "Petra", "Milan", "Bogdan", "Oksana",
        "Yaroslav", "Denys", "Kseniya", "Roman",
    ),
    "nigerian": (
        "Chinedu", "Oluwaseun", "Adebayo", "Emeka", "Ifeanyi", "Tunde", "Babatunde", "Chukwuma",
        "Obinna", "Uche", "Ngozi", "Chiamaka", "Adaeze", "Funmilayo", "Folake", "Yetunde",
        "Amara", "Kemi", "Nkechi", "Temitope", "Olumide", "Segun", "Kelechi", "Ikenna",
        "Damilola", "Bukola", "Chidi", "Femi", "Zainab", "Ayodele",
    ),
    "korean": (
        "Min-jun", "Seo-yeon", "Ji-hoon", "Ji-woo", "Hyun-woo", "Soo-jin", "Dong-hyun",
        "Eun-ji", "Jae-won", "Ha-eun", "Sung-min", "Yeon-woo", "Joon-ho", "Min-seo",
        "Kyung-soo", "Hye-jin", "Seung-hyun", "Da-eun", "Tae-yang", "Young-ho", "Jiyoung",
        "Minho", "Sanghoon", "Jinwoo", "Yuna",
    ),
    "japanese": (
        "Haruto", "Yuto", "Sota", "Kenji", "Takeshi", "Hiroshi", "Daiki", "Ryo", "Shota",
        "Kazuki", "Yui", "Aoi", "Sakura", "Hina", "Yuki", "Mei", "Naoko", "Akiko", "Emi",
        "Kaori", "Takumi", "Ren", "Haruka", "Misaki", "Kenta", "Satoshi", "Tomoko", "Yusuke",
    ),
    "vietnamese": (
        "Anh", "Minh", "Huy", "Duc", "Khoa", "Long", "Quang", "Tuan", "Thanh", "Hieu", "Linh",
        "Trang", "Thao", "Ngoc", "Mai", "Lan", "Huong", "Phuong", "Vy", "Nhung", "Bao", "Dat",
        "Phuc", "Trung", "Hoa", "Tam",
    ),
    "german": (
        "Lukas", "Jonas", "Felix", "Maximilian", "Leon", "Tobias", "Stefan", "Matthias",
        "Florian", "Sebastian", "Anna", "Lena", "Julia", "Katharina", "Laura", "Sophie",
        "Johanna", "Miriam", "Jürgen", "Klaus",
    ),
    "french": (
        "Louis", "Hugo", "Lucas", "Théo", "Antoine", "Julien", "Nicolas", "Pierre", "Mathieu",
        "Camille", "Léa", "Manon", "Chloé", "Inès", "Juliette", "Élodie", "Margaux", "Clément",
        "Baptiste", "Amélie",
    ),
}

LAST_NAMES: dict[str, tuple[str, ...]] = {
    "chinese": (
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu",
        "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie",
        "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong",
        "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding",
        "Ren", "Shen", "Yao", "Diao",
    ),
    "indian": (
        "Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Rao", "Iyer", "Nair", "Menon",
        "Mehta", "Shah", "Joshi", "Desai", "Kulkarni", "Banerjee", "Chatterjee", "Mukherjee",
        "Das", "Bose", "Agarwal", "Verma", "Mishra", "Pandey", "Chopra", "Malhotra", "Kapoor",
        "Bhatt", "Naidu", "Pillai", "Krishnan", "Subramanian", "Venkatesan", "Srinivasan",
        "Jain", "Saxena", "Trivedi", "Ghosh", "Sen", "Bhattacharya",
    ),
    "anglo": (
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson",
        "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Thompson", "White",
        "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright",
        "Scott", "Hill", "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts",
        "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart",
        "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Bailey",
    ),
    "hispanic": (
        "García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez",
        "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Reyes", "Cruz",
        "Morales", "Ortiz", "Gutiérrez", "Chávez", "Ramos", "Ruiz", "Álvarez", "Mendoza",
        "Castillo", "Jiménez", "Vargas", "Romero", "Herrera", "Medina", "Aguilar", "Navarro",
        "Silva", "Castro", "Ortega", "Delgado", "Vega", "Fuentes",
    ),
    "arabic": (
        "Al-Sayed", "Haddad", "Khalil", "Mansour", "Nasser", "Hamdan", "Saleh", "Aziz",
        "Farouk", "Rahman", "Hussein", "Abbas", "Qasim", "Darwish", "Suleiman", "Najjar",
        "Khoury", "Bakr", "Ibrahim", "Hamad", "Zaki", "Mahmoud", "Othman", "Yousef", "Kareem",
        "Shaikh", "Al-Amin", "Barakat", "Tahir", "Jaber",
    ),
    "slavic": (
        "Ivanov", "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Lebedev", "Kozlov", "Novikov",
        "Morozov", "Petrov", "Volkov", "Solovyov", "Vasiliev", "Zaitsev", "Pavlov", "Orlov",
        "Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kowalczyk", "Novák", "Dvořák",
        "Horvat", "Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk", "Popescu",
        "Ivanova", "Petrova", "Sokolova", "Volkova",
    ),
    "nigerian": (
        "Okafor", "Adeyemi", "Okonkwo", "Eze", "Nwosu", "Ogunleye", "Adebayo", "Olawale",
        "Chukwu", "Obi", "Nwankwo", "Afolabi", "Bello", "Ibekwe", "Onyeka", "Ogundipe",
        "Adeleke", "Balogun", "Okoro", "Uchenna", "Akinola", "Oyelaran", "Nnamdi", "Okeke",
        "Babatunde", "Fashola",
    ),
    "korean": (
        "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han",
        "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko",
        "Moon", "Yang", "Bae",
    ),
    "japanese": (
        "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura",
        "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue",
        "Kimura", "Hayashi", "Shimizu", "Yamazaki", "Mori", "Abe", "Ikeda", "Hashimoto",
        "Ishikawa", "Ogawa", "Fujita", "Okada",
    ),
    "vietnamese": (
        "Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui",
        "Do", "Ho", "Ngo", "Duong", "Ly", "Truong", "Dinh", "Lam", "Mai",
    ),
    "german": (
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
        "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
        "Zimmermann", "Braun", "Krüger", "Hartmann",
    ),
    "french": (
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
        "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garnier", "Rousseau",
        "Fontaine", "Chevalier", "Girard", "Lambert",
    ),
}

_MIDDLE_INITIAL_CULTURES = {"anglo", "german", "indian"}


@dataclass(frozen=True)
class Name:
    """A person's name as they write it on a résumé."""

    first: str
    last: str
    culture: str
    middle: str | None = None

    @property
    def full(self) -> str:
        """``First M. Last`` (or ``First Last``)."""
        return f"{self.first} {self.middle}. {self.last}" if self.middle else (
            f"{self.first} {self.last}")

    @property
    def plain(self) -> str:
        """``First Last``: the form co-author lists and e-mail handles use."""
        return f"{self.first} {self.last}"


_CULTURE_NAMES = tuple(CULTURES)
_CULTURE_WEIGHTS = tuple(CULTURES.values())


def random_name(rng: random.Random, culture: str | None = None) -> Name:
    """A name from ``culture`` (chosen by its labour-market share when None)."""
    culture = culture or rng.choices(_CULTURE_NAMES, _CULTURE_WEIGHTS)[0]
    first = rng.choice(FIRST_NAMES[culture])
    last = rng.choice(LAST_NAMES[culture])
    middle = None
    if culture in _MIDDLE_INITIAL_CULTURES and rng.random() < 0.12:
        middle = rng.choice("ABCDEFGHJKLMNPRSTW")
    return Name(first=first, last=last, culture=culture, middle=middle)
