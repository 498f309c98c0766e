@roles
transport economist
senior fellow
